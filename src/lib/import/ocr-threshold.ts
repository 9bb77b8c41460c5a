/** Lines OCR read with less confidence than this (tesseract's 0-100) are listed for checking against the scan. */
export const OCR_CONFIDENCE_THRESHOLD = 80;

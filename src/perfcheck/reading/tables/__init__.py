"""Published tables (xlsx, xls, ods, docx, csv, pasted text) read into grids of cell texts."""

#ifndef DELTAGANDE_ZIP_LEVEL_H
#define DELTAGANDE_ZIP_LEVEL_H

/// The zlib level the workbook's zip entries are compressed at (see ZipLevel.c).
int deltagande_zip_level(void);

#endif

// Compresses the workbook's zip entries at zlib's fastest level.
//
// libxlsxwriter 1.1.4 asks minizip for Z_DEFAULT_COMPRESSION (level 6) and has no option to
// change it. On the large benchmark, deflating the 32 MB of sheet XML at level 6 took about
// 0.25 s of the 0.65 s workbook_close spends on one core; level 1 takes about a third of that
// and the file grows from 3.4 to 4.3 MB, which no one opening it notices.
//
// Debian's libxlsxwriter calls minizip's zipOpenNewFileInZip4_64 from the shared libminizip, so
// defining that function in our own binary takes the call first (ELF symbol interposition); it
// passes every argument on unchanged except a default level, which becomes 1. Nothing else in the
// process writes zip files through minizip (ZIPFoundation, which reads them, has its own code).
// The test `XLSXWriterTests` checks the level in the written file's zip headers, so a build
// where the interposition does not take effect fails instead of silently compressing at 6.

#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdatomic.h>
#include <stddef.h>
#include "ZipLevel.h"

enum { default_compression = -1, fastest_compression = 1 };

int deltagande_zip_level(void) { return fastest_compression; }

// minizip's types, spelt as in <minizip/zip.h> (zipFile is a pointer, uInt/uLong are unsigned
// int/long), so the package needs no minizip headers.
typedef void *zipFile;
typedef struct zip_fileinfo zip_fileinfo;

typedef int (*open_new_file_fn)(
    zipFile, const char *, const zip_fileinfo *, const void *, unsigned int, const void *, unsigned int,
    const char *, int, int, int, int, int, int, const char *, unsigned long, unsigned long, unsigned long, int);

int zipOpenNewFileInZip4_64(
    zipFile file, const char *filename, const zip_fileinfo *zipfi, const void *extrafield_local,
    unsigned int size_extrafield_local, const void *extrafield_global, unsigned int size_extrafield_global,
    const char *comment, int method, int level, int raw, int windowBits, int memLevel, int strategy,
    const char *password, unsigned long crcForCrypting, unsigned long versionMadeBy, unsigned long flagBase,
    int zip64) {
    static _Atomic(open_new_file_fn) minizip = NULL;
    open_new_file_fn next = atomic_load_explicit(&minizip, memory_order_acquire);
    if (next == NULL) {
        next = (open_new_file_fn)dlsym(RTLD_NEXT, "zipOpenNewFileInZip4_64");
        if (next == NULL) return -104;  // ZIP_INTERNALERROR: no minizip loaded, nothing to write with
        atomic_store_explicit(&minizip, next, memory_order_release);
    }
    if (level == default_compression) level = fastest_compression;
    return next(
        file, filename, zipfi, extrafield_local, size_extrafield_local, extrafield_global, size_extrafield_global,
        comment, method, level, raw, windowBits, memLevel, strategy, password, crcForCrypting, versionMadeBy,
        flagBase, zip64);
}

import CXLSXWriter
import Foundation

/// Adds a merged range to a worksheet's list the way `worksheet_merge_range` does, without the
/// blank cells it also writes (see `XLSXSheetWriter.merge`).
///
/// libxlsxwriter has no call for this: the range is linked onto the worksheet's `merged_ranges`
/// list (a BSD `STAILQ`, whose macros Swift cannot use) exactly as `STAILQ_INSERT_TAIL` would,
/// and the library writes and frees it with the others. The layout is the one of the headers this
/// module is built against (libxlsxwriter 1.1.4, pinned by the Debian package).
enum MergedRangeList {
    /// False when the range could not be added (no memory): the caller merges the library's way.
    static func append(
        to worksheet: UnsafeMutablePointer<lxw_worksheet>, firstRow: lxw_row_t, firstColumn: lxw_col_t,
        lastRow: lxw_row_t, lastColumn: lxw_col_t
    ) -> Bool {
        guard let list = worksheet.pointee.merged_ranges,
            let memory = calloc(1, MemoryLayout<lxw_merged_range>.stride)
        else { return false }
        let range = memory.bindMemory(to: lxw_merged_range.self, capacity: 1)
        range.pointee.first_row = firstRow
        range.pointee.last_row = lastRow
        range.pointee.first_col = firstColumn
        range.pointee.last_col = lastColumn
        range.pointee.list_pointers.stqe_next = nil
        // STAILQ_INSERT_TAIL: the last element's link (or the head's first pointer) now points to
        // the new range, and the list's tail is the new range's own link.
        list.pointee.stqh_last.pointee = range
        let link = UnsafeMutableRawPointer(range) + MemoryLayout<lxw_merged_range>.offset(of: \.list_pointers)!
        list.pointee.stqh_last = link.assumingMemoryBound(to: UnsafeMutablePointer<lxw_merged_range>?.self)
        // The padding cells would have stretched the sheet's used area (its <dimension>) to the
        // range; the first cell already did for its corner.
        let sheet = worksheet
        sheet.pointee.dim_rowmax = max(sheet.pointee.dim_rowmax, lastRow)
        sheet.pointee.dim_colmax = max(sheet.pointee.dim_colmax, lastColumn)
        // The library counts merges in 16 bits and writes no <mergeCells> at a count of 0: the count
        // stops at its maximum so that a sheet with 65,536 merges keeps them (the count attribute
        // is only a hint to readers; the list is complete).
        if worksheet.pointee.merged_range_count < UInt16.max { worksheet.pointee.merged_range_count += 1 }
        return true
    }
}

import Foundation

/// Everything a workbook contains, as a plain value; `XLSXWriter.write(_:to:)` turns it into a file.
public struct WorkbookDescription: Sendable, Equatable {
    /// Document properties (title, author, creation time …).
    public var properties: WorkbookProperties
    /// The sheets, in tab order.
    public var sheets: [SheetDescription]

    public init(properties: WorkbookProperties, sheets: [SheetDescription]) {
        self.properties = properties
        self.sheets = sheets
    }
}

/// The document properties shown in File ▸ Info.
public struct WorkbookProperties: Sendable, Equatable {
    public var title: String
    public var subject: String
    public var author: String
    public var company: String?
    public var comments: String?
    /// The creation time written into the file; a fixed value makes the output byte-stable.
    public var created: Date

    public init(
        title: String,
        subject: String = "",
        author: String = "",
        company: String? = nil,
        comments: String? = nil,
        created: Date
    ) {
        self.title = title
        self.subject = subject
        self.author = author
        self.company = company
        self.comments = comments
        self.created = created
    }
}

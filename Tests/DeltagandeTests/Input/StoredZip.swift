import Foundation

/// Writes a zip archive with uncompressed ("stored") entries, enough to build `.xlsx` test
/// workbooks in code without giving the test target a dependency of its own.
enum StoredZip {
    static func archive(_ entries: [(path: String, contents: Data)]) -> Data {
        var out = Data()
        var central = Data()
        for (path, contents) in entries {
            let name = Data(path.utf8)
            let crc = crc32(contents)
            let offset = UInt32(out.count)
            out.append(le32(0x0403_4B50))
            out.append(le16(20))  // version needed
            out.append(le16(0))  // flags
            out.append(le16(0))  // method: stored
            out.append(le16(0))  // time
            out.append(le16(0x21))  // date: 1980-01-01
            out.append(le32(crc))
            out.append(le32(UInt32(contents.count)))
            out.append(le32(UInt32(contents.count)))
            out.append(le16(UInt16(name.count)))
            out.append(le16(0))  // extra length
            out.append(name)
            out.append(contents)

            central.append(le32(0x0201_4B50))
            central.append(le16(0x031E))  // made by: Unix, 3.0
            central.append(le16(20))
            central.append(le16(0))
            central.append(le16(0))
            central.append(le16(0))
            central.append(le16(0x21))
            central.append(le32(crc))
            central.append(le32(UInt32(contents.count)))
            central.append(le32(UInt32(contents.count)))
            central.append(le16(UInt16(name.count)))
            central.append(le16(0))  // extra
            central.append(le16(0))  // comment
            central.append(le16(0))  // disk
            central.append(le16(0))  // internal attributes
            central.append(le32(0o100644 << 16))  // regular file
            central.append(le32(offset))
            central.append(name)
        }
        let centralOffset = UInt32(out.count)
        out.append(central)
        out.append(le32(0x0605_4B50))
        out.append(le16(0))
        out.append(le16(0))
        out.append(le16(UInt16(entries.count)))
        out.append(le16(UInt16(entries.count)))
        out.append(le32(UInt32(central.count)))
        out.append(le32(centralOffset))
        out.append(le16(0))
        return out
    }

    static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 {
                crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1
            }
        }
        return ~crc
    }

    private static func le16(_ value: UInt16) -> Data {
        Data([UInt8(value & 0xFF), UInt8(value >> 8)])
    }

    private static func le32(_ value: UInt32) -> Data {
        Data((0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) })
    }
}

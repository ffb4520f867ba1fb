/// Per-session figures (SPEC 4). Pure: records in, figures out.
enum SessionCalculator {
    static func figures(_ index: Int, _ data: Resolved) -> SessionFigures {
        let session = data.programme.sessions[index]
        let registrations = data.registrations[index]
        var figures = SessionFigures(session: session, hasAttendanceData: data.hasAttendanceData[index])
        figures.registered = registrations.count
        for registration in registrations.values {
            switch registration.mode {
            case .inRoom: figures.registeredInRoom += 1
            case .remote: figures.registeredRemote += 1
            case .unknown: figures.registeredModeUnknown += 1
            }
        }
        if let capacity = session.capacity { figures.overCapacity = figures.registeredInRoom > capacity }
        guard figures.hasAttendanceData else { return figures }

        let attendance = data.attendance[index]
        figures.attended = attendance.count
        figures.attendedInRoom = attendance.values.filter { $0.mode == .inRoom }.count
        figures.attendedRemote = attendance.values.filter { $0.mode != .inRoom }.count
        figures.hosts = data.hosts[index].count
        let attendedRegistered = attendance.keys.filter { registrations[$0] != nil }.count
        figures.attendedRegistered = attendedRegistered
        figures.walkIns = attendance.count - attendedRegistered
        figures.noShows = registrations.count - attendedRegistered
        figures.turnoutRate = Ratio.of(attendedRegistered, registrations.count)
        if let capacity = session.capacity, capacity > 0, let inRoom = figures.attendedInRoom {
            figures.roomFill = Double(inRoom) / Double(capacity)
        }
        figures.switchedToRemote =
            attendance.filter { person, attendance in
                attendance.mode == .remote && registrations[person]?.mode == .inRoom
            }.count
        let remoteMinutes = remoteMinutes(attendance)
        figures.medianRemoteMinutes = Ratio.median(remoteMinutes)
        figures.substantiveRemote = substantive(remoteMinutes, session: session, share: data.settings.substantiveShare)
        return figures
    }

    static func remoteMinutes(_ attendance: [Int: Attendance]) -> [Double] {
        attendance.values.compactMap { $0.mode == .remote ? $0.seconds.map { Double($0) / 60 } : nil }
    }

    /// Remote attendances present for at least `share` of the planned length; nil without one.
    static func substantive(_ minutes: [Double], session: Session, share: Double) -> Int? {
        guard let planned = session.plannedMinutes else { return nil }
        return minutes.filter { $0 >= Double(planned) * share }.count
    }
}

/// Rates and medians with a null for an empty denominator (SPEC 4).
enum Ratio {
    static func of(_ numerator: Int, _ denominator: Int) -> Double? {
        denominator == 0 ? nil : Double(numerator) / Double(denominator)
    }

    /// The middle value, or the mean of the middle two, of finite values.
    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        // Selected, not sorted: a national roll-up's total holds a million remote attendances.
        var values = values
        let middle = values.count / 2
        let upper = select(&values, middle)
        guard values.count % 2 == 0 else { return upper }
        // Selection leaves the values below the middle before it: the largest of them is the other.
        return ((values[..<middle].max() ?? upper) + upper) / 2
    }

    /// The median as defined: sort, take the middle. `median` gives the same (a test checks).
    static func medianAsWritten(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The `k`th smallest value (from 0), with smaller values moved before it and larger after
    /// (Hoare's selection, pivot the median of three).
    static func select(_ values: inout [Double], _ k: Int) -> Double {
        var (low, high) = (0, values.count - 1)
        while low < high {
            let (a, b, c) = (values[low], values[(low + high) / 2], values[high])
            let pivot = max(min(a, b), min(max(a, b), c))
            var (i, j) = (low, high)
            while i <= j {
                while values[i] < pivot { i += 1 }
                while values[j] > pivot { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j {
                high = j
            } else if k >= i {
                low = i
            } else {
                return values[k]
            }
        }
        return values[k]
    }
}

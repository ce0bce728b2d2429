<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Text</name>
    <message>
        <source>Generating demo data: %1%</source>
        <translation>Đang tạo dữ liệu minh họa: %1%</translation>
    </message>
</context>
<context>
    <name>thidua::cli</name>
    <message>
        <source>fill an empty database with demonstration data</source>
        <translation>nạp dữ liệu minh họa vào một cơ sở dữ liệu trống</translation>
    </message>
    <message>
        <source>check a database&apos;s integrity and data rules</source>
        <translation>kiểm tra tính toàn vẹn và các quy tắc dữ liệu của cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>copy a database safely while it is in use</source>
        <translation>sao lưu an toàn cơ sở dữ liệu, kể cả khi đang được sử dụng</translation>
    </message>
    <message>
        <source>render every main screen to PNG files</source>
        <translation>xuất mọi màn hình chính ra tệp PNG</translation>
    </message>
    <message>
        <source>Database file.</source>
        <translation>Tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>Where to write the copy.</source>
        <translation>Nơi ghi bản sao.</translation>
    </message>
    <message>
        <source>Copy a database safely, even while the application has it open.</source>
        <translation>Sao lưu an toàn một cơ sở dữ liệu, kể cả khi ứng dụng đang mở nó.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Đã ghi bản sao lưu vào %1.</translation>
    </message>
    <message>
        <source>Check a database: SQLite integrity, foreign keys, the schema version and the data rules.</source>
        <translation>Kiểm tra cơ sở dữ liệu: tính toàn vẹn SQLite, khóa ngoại, phiên bản lược đồ và các quy tắc dữ liệu.</translation>
    </message>
    <message>
        <source>Schema version: %1 (expected %2)</source>
        <translation>Phiên bản lược đồ: %1 (cần %2)</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Không phát hiện vấn đề nào.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>Phát hiện %n vấn đề.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: thidua [--verbose] [--database FILE]   start the application</source>
        <translation>Cách dùng: thidua [--verbose] [--database TỆP]   mở ứng dụng</translation>
    </message>
    <message>
        <source>       thidua COMMAND [options]              run a command</source>
        <translation>           thidua LỆNH [tùy chọn]                 chạy một lệnh</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Các lệnh:</translation>
    </message>
    <message>
        <source>Run &quot;thidua COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>Chạy &quot;thidua LỆNH --help&quot; để xem các tùy chọn của một lệnh.</translation>
    </message>
    <message>
        <source>Log at debug level.</source>
        <translation>Ghi nhật ký ở mức gỡ lỗi.</translation>
    </message>
    <message>
        <source>Open this database instead of the default one.</source>
        <translation>Mở cơ sở dữ liệu này thay cho cơ sở dữ liệu mặc định.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Không có lệnh: %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Hiện trợ giúp này.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Lệnh cần chạy.</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; to see the options.</source>
        <translation>Chạy &quot;%1 --help&quot; để xem các tùy chọn.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Tham số không hợp lệ: %1</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>Cần có tùy chọn --%1.</translation>
    </message>
    <message>
        <source>Database file (created when missing).</source>
        <translation>Tệp cơ sở dữ liệu (tạo mới nếu chưa có).</translation>
    </message>
    <message>
        <source>small: the justice-sector history 2018–2025; large: at least 100,000 people and 1,000,000 registrations.</source>
        <translation>small: lịch sử ngành Tư pháp 2018–2025; large: ít nhất 100.000 người và 1.000.000 lượt đăng ký.</translation>
    </message>
    <message>
        <source>The same seed gives the same data.</source>
        <translation>Cùng một hạt giống cho cùng một bộ dữ liệu.</translation>
    </message>
    <message>
        <source>Fill an empty database with demonstration data.</source>
        <translation>Nạp dữ liệu minh họa vào một cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <source>--scale must be small or large, not &quot;%1&quot;.</source>
        <translation>--scale phải là small hoặc large, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--seed must be a whole number, not &quot;%1&quot;.</source>
        <translation>--seed phải là số nguyên, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Demo data written to %1: %2 units, %3 people, %4 clusters, %5 registrations.</source>
        <translation>Đã ghi dữ liệu minh họa vào %1: %2 đơn vị, %3 người, %4 cụm/khối, %5 lượt đăng ký.</translation>
    </message>
    <message>
        <source>Folder for the PNG files.</source>
        <translation>Thư mục chứa các tệp PNG.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>THƯ_MỤC</translation>
    </message>
    <message>
        <source>Render every main screen offscreen to PNG at a fixed size.</source>
        <translation>Vẽ mọi màn hình chính ra tệp PNG với kích thước cố định, không cần hiển thị.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Không tìm thấy cơ sở dữ liệu %1.</translation>
    </message>
    <message>
        <source>The database was upgraded; the previous version is kept in %1</source>
        <translation>Cơ sở dữ liệu đã được nâng cấp; bản trước khi nâng cấp được giữ tại %1</translation>
    </message>
    <message>
        <source>       thidua --version                      show the version</source>
        <translation>           thidua --version                       xem phiên bản</translation>
    </message>
    <message>
        <source>Missing argument: %1</source>
        <translation>Thiếu tham số: %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, dòng %2</translation>
    </message>
    <message>
        <source>, column &quot;%1&quot;</source>
        <translation>, cột &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 rows could be imported; nothing was written.</source>
        <translation>Chạy thử: nhập được %1/%2 dòng; chưa ghi gì vào cơ sở dữ liệu.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) to fix first (or import the good rows with --skip-bad).</source>
        <translation>
            <numerusform>Chưa nhập gì: còn %n lỗi cần sửa (hoặc nhập các dòng đúng với --skip-bad).</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows.</source>
        <translation>Đã nhập %1/%2 dòng.</translation>
    </message>
    <message>
        <source>Check the file and write nothing.</source>
        <translation>Chỉ kiểm tra tệp, không ghi gì.</translation>
    </message>
    <message>
        <source>Import the good rows and leave out the bad ones (without it, one bad row stops the whole import).</source>
        <translation>Nhập các dòng đúng, bỏ qua dòng lỗi (nếu không có tùy chọn này, chỉ một dòng lỗi là không nhập gì).</translation>
    </message>
    <message>
        <source>What the file holds.</source>
        <translation>Loại dữ liệu trong tệp.</translation>
    </message>
    <message>
        <source>The CSV or XLSX file.</source>
        <translation>Tệp CSV hoặc XLSX.</translation>
    </message>
    <message>
        <source>list units, people or a year&apos;s registrations</source>
        <translation>liệt kê đơn vị, cán bộ hoặc đăng ký thi đua của một năm</translation>
    </message>
    <message>
        <source>What to list must be units, people or registrations, not &quot;%1&quot;.</source>
        <translation>Nội dung liệt kê phải là units, people hoặc registrations, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--sort must be name or unit, not &quot;%1&quot;.</source>
        <translation>--sort phải là name hoặc unit, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--year applies to registrations only.</source>
        <translation>--year chỉ dùng cho registrations (đăng ký thi đua).</translation>
    </message>
    <message>
        <source>Registrations are listed for one year: add --year, for example --year 2025.</source>
        <translation>Đăng ký thi đua được liệt kê theo từng năm: thêm --year, ví dụ --year 2025.</translation>
    </message>
    <message>
        <source>--year must be a year such as 2025, not &quot;%1&quot;.</source>
        <translation>--year phải là một năm như 2025, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Only names in which every word of TEXT begins a word, in any order; diacritics and case ignored.</source>
        <translation>Chỉ các tên mà mỗi từ của VĂN_BẢN là phần đầu của một từ trong tên, theo thứ tự bất kỳ; không phân biệt dấu và hoa thường.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>VĂN_BẢN</translation>
    </message>
    <message>
        <source>The emulation year (registrations only, and required for them).</source>
        <translation>Năm thi đua (chỉ dùng và bắt buộc với registrations).</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>NĂM</translation>
    </message>
    <message>
        <source>Only this unit and the units below it; write &quot;Parent / Child&quot; when the name repeats.</source>
        <translation>Chỉ đơn vị này và các đơn vị trực thuộc; ghi &quot;Cấp trên / Đơn vị&quot; khi tên bị trùng.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>TÊN</translation>
    </message>
    <message>
        <source>name or unit (the unit tree, then names); units default to unit, the others to name.</source>
        <translation>name (theo tên) hoặc unit (theo cây đơn vị, rồi theo tên); đơn vị mặc định theo unit, còn lại theo name.</translation>
    </message>
    <message>
        <source>text (aligned columns, the default), csv (for spreadsheets, UTF-8 with a byte order mark) or json.</source>
        <translation>text (các cột thẳng hàng, mặc định), csv (cho bảng tính, UTF-8 có BOM) hoặc json.</translation>
    </message>
    <message>
        <source>Write CSV without the byte order mark that Excel needs.</source>
        <translation>Ghi CSV không có BOM mà Excel cần.</translation>
    </message>
    <message>
        <source>List units, people or a year&apos;s registrations as text, CSV or JSON.</source>
        <translation>Liệt kê đơn vị, cán bộ hoặc đăng ký thi đua của một năm dưới dạng văn bản, CSV hay JSON.</translation>
    </message>
    <message>
        <source>What to list.</source>
        <translation>Nội dung cần liệt kê.</translation>
    </message>
    <message>
        <source>--format must be text, csv or json, not &quot;%1&quot;.</source>
        <translation>--format phải là text, csv hoặc json, không phải &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n dòng.</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Nháp</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Đã chấp nhận</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Bị trả lại</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Đơn vị cấp trên</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Person or unit</source>
        <translation>Cá nhân hoặc tập thể</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Danh hiệu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Ngày đăng ký</translation>
    </message>
    <message>
        <source>--date must be a day such as 05/02/2026, not &quot;%1&quot;.</source>
        <translation>--date phải là một ngày, ví dụ 05/02/2026, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The emulation year.</source>
        <translation>Năm thi đua.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Tệp cần ghi.</translation>
    </message>
    <message>
        <source>The place before the date (&quot;Vĩnh Phúc&quot;); by default read from the unit&apos;s name.</source>
        <translation>Địa danh ghi trước ngày tháng (&quot;Vĩnh Phúc&quot;); mặc định lấy từ tên đơn vị.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>NGÀY</translation>
    </message>
    <message>
        <source>What to export.</source>
        <translation>Nội dung cần xuất.</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) written to %1.</source>
        <translation>
            <numerusform>Đã ghi %n lượt đăng ký vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>import units, people, registrations, evaluations or discipline from a CSV or XLSX file</source>
        <translation>nhập đơn vị, cán bộ, đăng ký thi đua, xếp loại hoặc kỷ luật từ tệp CSV hay XLSX</translation>
    </message>
    <message>
        <source>What to import must be one of %1, not &quot;%2&quot;.</source>
        <translation>Dữ liệu nhập phải là một trong %1 (đơn vị, cán bộ, đăng ký thi đua, xếp loại, kỷ luật), không phải &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Name the cluster with --cluster.</source>
        <translation>Ghi tên cụm bằng --cluster.</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Đã ghi vào %1.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) to fix first.</source>
        <translation>
            <numerusform>Chưa nhập gì: còn %n lỗi cần sửa.</numerusform>
        </translation>
    </message>
    <message>
        <source>--skip-bad does not apply to votes: a tally is imported whole.</source>
        <translation>--skip-bad không dùng cho votes: kết quả kiểm phiếu được nhập trọn vẹn.</translation>
    </message>
    <message>
        <source>rank a cluster&apos;s units by their scores for the 6-month review or the year end</source>
        <translation>xếp hạng các đơn vị của một cụm, khối theo điểm chấm sơ kết 6 tháng hoặc tổng kết năm</translation>
    </message>
    <message>
        <source>--round must be so-ket or tong-ket, not &quot;%1&quot;.</source>
        <translation>--round phải là so-ket hoặc tong-ket, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Điểm tiêu chí</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Thưởng</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Trừ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Còn thiếu</translation>
    </message>
    <message>
        <source>The cluster or block: its number (&quot;II&quot;, &quot;2&quot;) or words of its name.</source>
        <translation>Cụm hoặc khối: số hiệu (&quot;II&quot;, &quot;2&quot;) hoặc các từ trong tên.</translation>
    </message>
    <message>
        <source>so-ket (the 6-month review) or tong-ket (year end, the default).</source>
        <translation>so-ket (sơ kết 6 tháng) hoặc tong-ket (tổng kết năm, mặc định).</translation>
    </message>
    <message>
        <source>text (aligned columns, the default), csv or json.</source>
        <translation>text (các cột thẳng hàng, mặc định), csv hoặc json.</translation>
    </message>
    <message>
        <source>Rank a cluster&apos;s units by their scores, with the organiser&apos;s tie-breaks; equal units share a rank.</source>
        <translation>Xếp hạng các đơn vị của một cụm, khối theo điểm chấm, áp dụng tiêu chí phụ của cơ quan tổ chức; các đơn vị bằng nhau cùng hạng.</translation>
    </message>
    <message>
        <source>%1 has not been scored yet.</source>
        <translation>%1 chưa được mở để chấm điểm.</translation>
    </message>
    <message>
        <source>--skip-bad does not apply to scores: a score sheet is imported whole.</source>
        <translation>--skip-bad không dùng cho scores: phiếu chấm điểm được nhập trọn vẹn.</translation>
    </message>
    <message>
        <source>Votes and scores: the cluster whose tally or points the file holds (&quot;Cụm thi đua số II&quot;, &quot;II&quot;), in the year of --year.</source>
        <translation>Với votes và scores: cụm có kết quả kiểm phiếu hoặc điểm chấm trong tệp (&quot;Cụm thi đua số II&quot;, &quot;II&quot;), của năm --year.</translation>
    </message>
    <message>
        <source>Scores: the unit whose points the file holds; without it, each row is its unit&apos;s self-score.</source>
        <translation>Với scores: đơn vị chấm điểm trong tệp; không ghi thì mỗi dòng là điểm tự chấm của đơn vị ở dòng đó.</translation>
    </message>
    <message>
        <source>--%1 applies to scores only.</source>
        <translation>--%1 chỉ dùng cho scores (điểm chấm).</translation>
    </message>
    <message>
        <source>--cluster applies to votes and scores only.</source>
        <translation>--cluster chỉ dùng cho votes (kết quả bỏ phiếu) và scores (điểm chấm).</translation>
    </message>
    <message>
        <source>A score sheet is written as xlsx or csv, to be filled in and imported back: end the file name in .xlsx or .csv.</source>
        <translation>Phiếu chấm điểm được xuất ra xlsx hoặc csv để điền rồi nhập lại: hãy đặt tên tệp kết thúc bằng .xlsx hoặc .csv.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of %1 written to %2.</source>
        <translation>
            <numerusform>Đã ghi phiếu chấm điểm %n tiêu chí của %1 vào %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>--skip-bad does not apply to criteria: a criteria table is imported whole.</source>
        <translation>--skip-bad không dùng cho criteria: bảng tiêu chí được nhập trọn vẹn.</translation>
    </message>
    <message>
        <source>Criteria: the organiser whose table of --year the file holds.</source>
        <translation>Với criteria: cơ quan tổ chức có bảng tiêu chí năm --year trong tệp.</translation>
    </message>
    <message>
        <source>--organiser applies to criteria only.</source>
        <translation>--organiser chỉ dùng cho criteria (bảng tiêu chí).</translation>
    </message>
    <message>
        <source>--cluster applies to the documents of a cluster: ballots, vote-count, minutes, ranking and scoring-table.</source>
        <translation>--cluster chỉ dùng cho văn bản của một cụm: ballots, vote-count, minutes, ranking và scoring-table.</translation>
    </message>
    <message>
        <source>--round applies to ranking and scoring-table.</source>
        <translation>--round chỉ dùng cho ranking và scoring-table.</translation>
    </message>
    <message>
        <source>Ballots, vote-count, minutes, ranking, scoring-table and score-sheet: the cluster (&quot;Cụm thi đua số II&quot;, &quot;II&quot;) of --year.</source>
        <translation>Với ballots, vote-count, minutes, ranking, scoring-table và score-sheet: cụm (&quot;Cụm thi đua số II&quot;, &quot;II&quot;) của năm --year.</translation>
    </message>
    <message>
        <source>list or set the vote thresholds and the quorum, each from a day</source>
        <translation>xem hoặc đặt ngưỡng biểu quyết và tỷ lệ có mặt, mỗi quy định áp dụng từ một ngày</translation>
    </message>
    <message>
        <source>Quorum (meeting on awards)</source>
        <translation>Tỷ lệ có mặt (họp xét khen thưởng)</translation>
    </message>
    <message>
        <source>Say which rule to set: --title CODE for a title&apos;s threshold, or --quorum for the quorum of a meeting on awards.</source>
        <translation>Hãy nói rõ quy định cần đặt: --title MÃ cho ngưỡng biểu quyết của một danh hiệu, hoặc --quorum cho tỷ lệ có mặt của cuộc họp xét khen thưởng.</translation>
    </message>
    <message>
        <source>--share must be a percentage such as 80 or a fraction such as 2/3, not &quot;%1&quot;.</source>
        <translation>--share phải là tỷ lệ phần trăm như 80 hoặc phân số như 2/3, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--from must be a day such as 01/07/2025, not &quot;%1&quot;.</source>
        <translation>--from phải là một ngày, ví dụ 01/07/2025, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Set the yes votes this title needs (CTDBO, CTDCP, CSTDCS …).</source>
        <translation>Đặt tỷ lệ phiếu đồng ý cần có cho danh hiệu này (CTDBO, CTDCP, CSTDCS …).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <source>Set the members a meeting on awards needs present.</source>
        <translation>Đặt tỷ lệ thành viên có mặt cần có của cuộc họp xét khen thưởng.</translation>
    </message>
    <message>
        <source>Of all members, present or not: a percentage (80) or a fraction (2/3).</source>
        <translation>Tính trên tổng số thành viên, kể cả vắng mặt: tỷ lệ phần trăm (80) hoặc phân số (2/3).</translation>
    </message>
    <message>
        <source>SHARE</source>
        <translation>TỶ_LỆ</translation>
    </message>
    <message>
        <source>The day the rule takes effect (dd/MM/yyyy or ISO).</source>
        <translation>Ngày quy định có hiệu lực (dd/MM/yyyy hoặc ISO).</translation>
    </message>
    <message>
        <source>The legal basis: the document and its article.</source>
        <translation>Căn cứ pháp lý: văn bản và điều khoản.</translation>
    </message>
    <message>
        <source>List the vote rule data (each title&apos;s threshold and the quorum of a meeting on awards, with the day each takes effect), or set one row.</source>
        <translation>Xem dữ liệu quy định về biểu quyết (ngưỡng phiếu đồng ý của từng danh hiệu và tỷ lệ có mặt của cuộc họp xét khen thưởng, kèm ngày có hiệu lực), hoặc đặt một quy định.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Quy định</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Of all members</source>
        <translation>Trên tổng số thành viên</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>--order applies to nominations.</source>
        <translation>--order chỉ dùng cho danh sách đề nghị khen thưởng (nominations).</translation>
    </message>
    <message>
        <source>--order must be precedence (by position within each award) or name, not &quot;%1&quot;.</source>
        <translation>--order phải là precedence (theo chức vụ trong từng hình thức) hoặc name, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Nominations: within each award, by position (unit, leaders first) or by name; precedence by default.</source>
        <translation>Danh sách đề nghị: trong từng hình thức, xếp theo chức vụ (đơn vị, lãnh đạo trước) hoặc theo tên; mặc định theo thứ bậc.</translation>
    </message>
    <message numerus="yes">
        <source>%n nomination(s) written to %1.</source>
        <translation>
            <numerusform>Đã ghi %n trường hợp đề nghị khen thưởng vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>What to export must be registrations, nominations, submission, ballots, vote-count, minutes, ranking, scoring-table or score-sheet, not &quot;%1&quot;.</source>
        <translation>Nội dung cần xuất phải là registrations, nominations, submission, ballots, vote-count, minutes, ranking, scoring-table hoặc score-sheet, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--year applies to registrations, evaluations, awards and initiatives only.</source>
        <translation>--year chỉ dùng cho đăng ký thi đua, xếp loại, khen thưởng và sáng kiến.</translation>
    </message>
    <message>
        <source>Registrations, evaluations, awards and initiatives: the year of rows that name none (without it, the file&apos;s title gives it: &quot;… NĂM 2025&quot;).</source>
        <translation>Đăng ký thi đua, xếp loại, khen thưởng và sáng kiến: năm của các dòng không ghi năm (nếu không có, lấy từ tiêu đề của tệp: &quot;… NĂM 2025&quot;).</translation>
    </message>
    <message>
        <source>Import units, people, registrations, evaluations, discipline records, awards, initiatives, a cluster&apos;s vote tally or points, or an organiser&apos;s criteria table, from a CSV or XLSX file; see docs/import-format.md.</source>
        <translation>Nhập đơn vị, cán bộ, đăng ký thi đua, xếp loại, kỷ luật, khen thưởng, sáng kiến, kết quả kiểm phiếu hay điểm chấm của một cụm, hoặc bảng tiêu chí của một đơn vị tổ chức, từ tệp CSV hoặc XLSX; xem docs/import-format.md.</translation>
    </message>
    <message>
        <source>say who may be proposed for a title or form in a year, with the reasons and their articles</source>
        <translation>cho biết ai được đề nghị một danh hiệu hoặc hình thức khen thưởng trong năm, kèm lý do và điều khoản</translation>
    </message>
    <message>
        <source>Say whom to judge: --person, --unit or --all (one of them).</source>
        <translation>Cho biết xét ai: --person, --unit hoặc --all (một trong ba).</translation>
    </message>
    <message>
        <source>--day must be a day such as 31/12/2025, not &quot;%1&quot;.</source>
        <translation>--day phải là một ngày như 31/12/2025, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>; unverified</source>
        <translation>; chưa kiểm chứng</translation>
    </message>
    <message>
        <source>person</source>
        <translation>cá nhân</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>tập thể</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no (unverified)</source>
        <translation>không (chưa kiểm chứng)</translation>
    </message>
    <message>
        <source>--set-rule needs NAME=NUMBER, such as ND152:TTLDTT.ldtt.count=75, not &quot;%1&quot;.</source>
        <translation>--set-rule cần dạng TÊN=SỐ, ví dụ ND152:TTLDTT.ldtt.count=75, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Điều kiện</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Số năm</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Đã kiểm chứng</translation>
    </message>
    <message>
        <source>The year judged.</source>
        <translation>Năm được xét.</translation>
    </message>
    <message>
        <source>The person: a number or the full name.</source>
        <translation>Cá nhân: số thứ tự hoặc họ và tên.</translation>
    </message>
    <message>
        <source>ID-OR-NAME</source>
        <translation>SỐ-HOẶC-TÊN</translation>
    </message>
    <message>
        <source>The unit (collective titles): a number or its name.</source>
        <translation>Tập thể (danh hiệu tập thể): số thứ tự hoặc tên đơn vị.</translation>
    </message>
    <message>
        <source>Every person and every unit.</source>
        <translation>Mọi cá nhân và mọi tập thể.</translation>
    </message>
    <message>
        <source>Only this title or form (LDTT, CSTDCS, BKBO …).</source>
        <translation>Chỉ danh hiệu hoặc hình thức này (LDTT, CSTDCS, BKBO …).</translation>
    </message>
    <message>
        <source>The judging day, which chooses the rule set (31/12 of the year by default).</source>
        <translation>Ngày xét, dùng để chọn bộ quy định (mặc định 31/12 của năm).</translation>
    </message>
    <message>
        <source>List the eligibility rules with their numbers and citations.</source>
        <translation>Liệt kê các quy định về điều kiện khen thưởng, kèm các con số và căn cứ.</translation>
    </message>
    <message>
        <source>Set a number of a rule, then list the rules: ND152:TTLDTT.ldtt.count=75.</source>
        <translation>Sửa một con số của quy định rồi liệt kê các quy định: ND152:TTLDTT.ldtt.count=75.</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>TÊN=GIÁ-TRỊ</translation>
    </message>
    <message>
        <source>Say whether a person or a unit may be proposed for a title or form in a year, with every reason and the article it rests on.</source>
        <translation>Cho biết một cá nhân hoặc tập thể có được đề nghị một danh hiệu hoặc hình thức khen thưởng trong năm hay không, kèm mọi lý do và điều khoản làm căn cứ.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Title or form</source>
        <translation>Danh hiệu, hình thức</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Bộ quy định</translation>
    </message>
    <message>
        <source>--add-rule needs a rule&apos;s name, such as ND152:LDTT.months or ND152:TTLDTT/tt.members, not &quot;%1&quot;.</source>
        <translation>--add-rule cần tên một quy định, ví dụ ND152:LDTT.months hoặc ND152:TTLDTT/tt.members, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--kind must be a condition as --rules lists them (grade, worked_months, review …), not &quot;%1&quot;.</source>
        <translation>--kind phải là một loại điều kiện như --rules liệt kê (grade, worked_months, review …), không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 phải là số nguyên, không phải &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Add a condition to a title or form of a rule set, then list the rules: ND152:LDTT.months with --kind, its numbers and --citation.</source>
        <translation>Thêm một điều kiện cho danh hiệu hoặc hình thức khen thưởng của một bộ quy định, rồi liệt kê các quy định: ND152:LDTT.months kèm --kind, các số và --citation.</translation>
    </message>
    <message>
        <source>With --add-rule: the condition (grade, worked_months, review …).</source>
        <translation>Dùng với --add-rule: loại điều kiện (grade, worked_months, review …).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>LOẠI</translation>
    </message>
    <message>
        <source>With --add-rule: its years.</source>
        <translation>Dùng với --add-rule: số năm.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>SỐ</translation>
    </message>
    <message>
        <source>With --add-rule: its count.</source>
        <translation>Dùng với --add-rule: số lượng.</translation>
    </message>
    <message>
        <source>With --add-rule: the title, grade, initiative level or discipline form it names.</source>
        <translation>Dùng với --add-rule: danh hiệu, mức xếp loại, cấp sáng kiến hoặc hình thức kỷ luật mà điều kiện nêu.</translation>
    </message>
    <message>
        <source>With --add-rule: what a person checks, for a review rule.</source>
        <translation>Dùng với --add-rule: nội dung người xét cần kiểm tra, đối với điều kiện cần xem xét.</translation>
    </message>
    <message>
        <source>With --add-rule: the article it rests on.</source>
        <translation>Dùng với --add-rule: điều khoản làm căn cứ.</translation>
    </message>
    <message>
        <source>With --add-rule: its legal basis is not yet checked.</source>
        <translation>Dùng với --add-rule: căn cứ pháp lý chưa được kiểm chứng.</translation>
    </message>
    <message>
        <source>write a list or an official document as PDF, DOCX, XLSX or CSV</source>
        <translation>ghi một danh sách hay văn bản ra tệp PDF, DOCX, XLSX hoặc CSV</translation>
    </message>
    <message>
        <source>--to applies to submission.</source>
        <translation>--to chỉ dùng cho submission (tờ trình).</translation>
    </message>
    <message>
        <source>--number applies to submission and nominations.</source>
        <translation>--number chỉ dùng cho submission (tờ trình) và nominations (danh sách đề nghị).</translation>
    </message>
    <message>
        <source>Submission: its number (&quot;15/TTr-STP&quot;); nominations: the number of the submission the list goes with. Dots to fill in by hand by default.</source>
        <translation>Tờ trình: số và ký hiệu của tờ trình (&quot;15/TTr-STP&quot;); danh sách đề nghị: số của tờ trình mà danh sách kèm theo. Mặc định để dấu chấm để điền tay.</translation>
    </message>
    <message>
        <source>Submission: whom it is sent to (&quot;Kính gửi&quot;); repeat it, or write one a line, for several. Dots to fill in by hand by default.</source>
        <translation>Tờ trình: nơi gửi (&quot;Kính gửi&quot;); nhiều nơi thì lặp lại tùy chọn, hoặc viết mỗi nơi một dòng. Mặc định để dấu chấm để điền tay.</translation>
    </message>
    <message>
        <source>Write a document as PDF, DOCX, XLSX or CSV (by --format or the suffix of --out): a year&apos;s registration list, with the official header, collectives then individuals grouped by title, the signatures. Or the year&apos;s nomination list, grouped by award in order of precedence, or the submission (tờ trình) that carries it. Or a cluster&apos;s vote: the numbered ballot papers, the vote-count minutes or the meeting minutes. Or a cluster&apos;s scoring: the ranking or the whole scoring table. Or a unit&apos;s score sheet (XLSX or CSV) to fill in and import back.</source>
        <translation>Ghi một văn bản ra tệp PDF, DOCX, XLSX hoặc CSV (theo --format hoặc phần đuôi của --out): danh sách đăng ký thi đua của một năm, với phần đầu văn bản theo thể thức, tập thể rồi đến cá nhân xếp theo từng danh hiệu, phần ký. Hoặc danh sách đề nghị khen thưởng của năm, xếp theo hình thức khen thưởng theo thứ bậc, hay tờ trình kèm danh sách đó. Hoặc văn bản bình xét của một cụm: phiếu bầu đánh số, biên bản kiểm phiếu hay biên bản họp. Hoặc kết quả chấm điểm của một cụm: bảng xếp hạng hay bảng chấm điểm đầy đủ. Hoặc phiếu chấm điểm của một đơn vị (XLSX hoặc CSV) để điền rồi nhập lại.</translation>
    </message>
    <message>
        <source>pdf (to print and sign), docx (to edit in a word processor), xlsx (to keep editing as a table), csv or html (to open in a browser); by default the suffix of --out.</source>
        <translation>pdf (để in và ký), docx (để sửa trong trình soạn thảo văn bản), xlsx (để tiếp tục sửa dạng bảng), csv hoặc html (để mở bằng trình duyệt); mặc định theo đuôi của --out.</translation>
    </message>
    <message>
        <source>draft a conference report (year-end, six-month or five-year) as PDF, DOCX or HTML</source>
        <translation>soạn báo cáo hội nghị (tổng kết năm, sơ kết 6 tháng hoặc điển hình tiên tiến 5 năm) dạng PDF, DOCX hoặc HTML</translation>
    </message>
    <message>
        <source>The report must be tong-ket, so-ket or dien-hinh, not &quot;%1&quot;.</source>
        <translation>Báo cáo phải là tong-ket, so-ket hoặc dien-hinh, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--part must be report, honorees, order or minutes, not &quot;%1&quot;.</source>
        <translation>--part phải là report, honorees, order hoặc minutes, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name exactly one of --cluster, --unit and --organiser.</source>
        <translation>Hãy ghi đúng một trong các tùy chọn --cluster, --unit và --organiser.</translation>
    </message>
    <message>
        <source>The cluster or block of --year (&quot;Cụm thi đua số II&quot;, &quot;II&quot;).</source>
        <translation>Cụm hoặc khối thi đua của năm --year (&quot;Cụm thi đua số II&quot;, &quot;II&quot;).</translation>
    </message>
    <message>
        <source>A unit and the units below it.</source>
        <translation>Một đơn vị và các đơn vị trực thuộc.</translation>
    </message>
    <message>
        <source>An organiser (&quot;Bộ Tư pháp&quot;): every cluster it organises in --year, and the units under it.</source>
        <translation>Cơ quan tổ chức cụm (&quot;Bộ Tư pháp&quot;): mọi cụm, khối do cơ quan đó tổ chức trong năm --year và các đơn vị trực thuộc.</translation>
    </message>
    <message>
        <source>The year reviewed; for dien-hinh, the last of the five.</source>
        <translation>Năm được báo cáo; với dien-hinh là năm cuối của giai đoạn 5 năm.</translation>
    </message>
    <message>
        <source>pdf (to print and sign), docx (to edit) or html (to publish); by default the suffix of --out.</source>
        <translation>pdf (để in và ký), docx (để sửa) hoặc html (để đăng tải); mặc định theo phần mở rộng của --out.</translation>
    </message>
    <message>
        <source>The report (by default), or a paper of its conference pack: the honoree list, the order of presentation on stage, or the conference minutes.</source>
        <translation>Báo cáo (mặc định), hoặc một tài liệu của hội nghị: danh sách khen thưởng, kịch bản trao thưởng hoặc biên bản hội nghị.</translation>
    </message>
    <message>
        <source>Draft a conference report from the recorded data: the year-end summary (tong-ket), the six-month review (so-ket) or the five-year advanced-model conference (dien-hinh), of a cluster, a unit or an organiser. The sections people write (shortcomings, lessons, directions, recommendations) print as kept in the application, or as dots to fill in.</source>
        <translation>Soạn báo cáo hội nghị từ dữ liệu đã ghi nhận: báo cáo tổng kết năm (tong-ket), sơ kết 6 tháng (so-ket) hoặc hội nghị điển hình tiên tiến 5 năm (dien-hinh) của một cụm, một đơn vị hoặc một cơ quan tổ chức. Các phần do người soạn viết (tồn tại, bài học, phương hướng, kiến nghị) được in như đã lưu trong ứng dụng, hoặc in dòng chấm để điền tay.</translation>
    </message>
    <message>
        <source>Which report.</source>
        <translation>Loại báo cáo.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 hoặc %2</translation>
    </message>
    <message>
        <source>The date of the document, dd/MM/yyyy; today by default.</source>
        <translation>Ngày của văn bản, dạng dd/MM/yyyy; mặc định là hôm nay.</translation>
    </message>
    <message>
        <source>Add --format %1, or end the file name in %2.</source>
        <translation>Thêm --format %1, hoặc đặt tên tệp kết thúc bằng %2.</translation>
    </message>
    <message>
        <source>--format must be %1, not &quot;%2&quot;.</source>
        <translation>--format phải là %1, không phải &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The file was saved in the %1 encoding and has been converted to Unicode.</source>
        <translation>Tệp được lưu bằng bảng mã %1 và đã được chuyển sang Unicode.</translation>
    </message>
    <message>
        <source>Read the sheet &quot;%1&quot;; the workbook&apos;s other sheets with data were not imported: %2. Import one with --sheet NAME.</source>
        <translation>Đã đọc trang tính &quot;%1&quot;; các trang tính khác có dữ liệu chưa được nhập: %2. Nhập từng trang bằng --sheet TÊN.</translation>
    </message>
    <message>
        <source>An XLSX file&apos;s worksheet to read (without it, the first with data).</source>
        <translation>Trang tính của tệp XLSX cần đọc (không ghi thì đọc trang đầu tiên có dữ liệu).</translation>
    </message>
</context>
<context>
    <name>thidua::domain</name>
    <message>
        <source>The period %1 is closed; registrations can no longer change.</source>
        <translation>Kỳ thi đua %1 đã khóa; không thể thay đổi đăng ký nữa.</translation>
    </message>
    <message>
        <source>The registration date %1 is outside %2 (%3–%4).</source>
        <translation>Ngày đăng ký %1 nằm ngoài %2 (%3–%4).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(chưa có)</translation>
    </message>
    <message>
        <source>The title %1 is not in force in %2.</source>
        <translation>Danh hiệu %1 không còn hiệu lực trong %2.</translation>
    </message>
    <message>
        <source>%1 is a person; %2 is a title for collectives.</source>
        <translation>%1 là cá nhân; %2 là danh hiệu dành cho tập thể.</translation>
    </message>
    <message>
        <source>%1 is a collective; %2 is a title for individuals.</source>
        <translation>%1 là tập thể; %2 là danh hiệu dành cho cá nhân.</translation>
    </message>
    <message>
        <source>Registered on %1, after the deadline of %2.</source>
        <translation>Đăng ký ngày %1, sau hạn đăng ký %2.</translation>
    </message>
    <message>
        <source>A registration that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation>Đăng ký đang ở trạng thái &quot;%1&quot; không thể chuyển sang &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Say why the registration is returned, so that it can be corrected.</source>
        <translation>Ghi rõ lý do trả lại để đơn vị sửa.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Nháp</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Đã chấp nhận</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Bị trả lại</translation>
    </message>
    <message>
        <source>%1 no longer exists in %2 and was left out of %3.</source>
        <translation>%1 không còn tồn tại trong năm %2 nên được bỏ khỏi %3.</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>đơn vị %1</translation>
    </message>
    <message>
        <source>%1 has two heads, %2 and %3; a cluster has one head a year.</source>
        <translation>%1 có hai đơn vị trưởng là %2 và %3; mỗi năm một cụm chỉ có một trưởng cụm.</translation>
    </message>
    <message>
        <source>%1 has two deputies, %2 and %3; a cluster has one deputy a year.</source>
        <translation>%1 có hai đơn vị phó là %2 và %3; mỗi năm một cụm chỉ có một phó cụm.</translation>
    </message>
    <message>
        <source>The decision appointing the head and deputy of %1 needs a number.</source>
        <translation>Quyết định phân công trưởng, phó của %1 cần có số hiệu.</translation>
    </message>
    <message>
        <source>Decision %1 for %2 needs a date.</source>
        <translation>Quyết định %1 của %2 cần có ngày ban hành.</translation>
    </message>
    <message>
        <source>Say who issued decision %1 for %2.</source>
        <translation>Ghi rõ cơ quan ban hành quyết định %1 của %2.</translation>
    </message>
    <message>
        <source>Decision %1 is dated %2, after the year %3 whose head and deputy it appoints.</source>
        <translation>Quyết định %1 đề ngày %2, sau năm %3 mà quyết định phân công trưởng, phó.</translation>
    </message>
    <message>
        <source>Decision %1 appoints the head and deputy of %2, but the cluster has neither; choose them first.</source>
        <translation>Quyết định %1 phân công trưởng, phó của %2 nhưng cụm chưa có trưởng và phó; hãy chọn trước.</translation>
    </message>
    <message>
        <source>A cluster of %1 needs a number or a name.</source>
        <translation>Một cụm của năm %1 cần có số hoặc tên.</translation>
    </message>
    <message>
        <source>Say which unit organises %1.</source>
        <translation>Ghi rõ cơ quan tổ chức %1.</translation>
    </message>
    <message>
        <source>%1 is listed twice in %2.</source>
        <translation>%1 được ghi hai lần trong %2.</translation>
    </message>
    <message>
        <source>%1 is not a member of %2 and cannot be its head.</source>
        <translation>%1 không phải thành viên của %2 nên không thể làm trưởng cụm.</translation>
    </message>
    <message>
        <source>%1 is not a member of %2 and cannot be its deputy.</source>
        <translation>%1 không phải thành viên của %2 nên không thể làm phó cụm.</translation>
    </message>
    <message>
        <source>%1 cannot be both head and deputy of %2.</source>
        <translation>%1 không thể vừa là trưởng vừa là phó của %2.</translation>
    </message>
    <message>
        <source>The covenant of %1 needs the date it was signed.</source>
        <translation>Giao ước thi đua của %1 cần có ngày ký.</translation>
    </message>
    <message>
        <source>The covenant of %1 is dated %2, outside %3.</source>
        <translation>Giao ước thi đua của %1 đề ngày %2, nằm ngoài %3.</translation>
    </message>
    <message>
        <source>%1 is not a member of %2 and cannot sign its covenant.</source>
        <translation>%1 không phải thành viên của %2 nên không thể ký giao ước.</translation>
    </message>
    <message>
        <source>%1 signs the covenant of %2 twice.</source>
        <translation>%1 ký giao ước của %2 hai lần.</translation>
    </message>
    <message>
        <source>%1 signed the covenant of %2; take its signature off the covenant before removing it from the cluster.</source>
        <translation>%1 đã ký giao ước của %2; bỏ chữ ký khỏi giao ước trước khi đưa đơn vị ra khỏi cụm.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Thematic</source>
        <translation>Chuyên đề</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Thường xuyên</translation>
    </message>
    <message>
        <source>Year-end review</source>
        <translation>Tổng kết năm</translation>
    </message>
    <message>
        <source>6-month review</source>
        <translation>Sơ kết 6 tháng</translation>
    </message>
    <message>
        <source>%1 of %2 in %3 needs a date.</source>
        <translation>%1 của %2 năm %3 cần có ngày.</translation>
    </message>
    <message>
        <source>%1 of %2 in %3 reviews a year outside %4.</source>
        <translation>%1 của %2 năm %3 thuộc một năm nằm ngoài %4.</translation>
    </message>
    <message>
        <source>%1 of %2 in %3 falls on %4, outside %5 (%6–%7).</source>
        <translation>%1 của %2 năm %3 vào ngày %4, nằm ngoài %5 (%6–%7).</translation>
    </message>
    <message>
        <source>%1 of %2 in %3 falls on %4, too far from the year it reviews.</source>
        <translation>%1 của %2 năm %3 vào ngày %4, quá xa năm được đánh giá.</translation>
    </message>
    <message>
        <source>%1 has %2 of %3 twice.</source>
        <translation>%1 có %2 năm %3 hai lần.</translation>
    </message>
    <message>
        <source>In %1, the year-end review of %2 (%3) comes before its 6-month review (%4).</source>
        <translation>Trong %1, tổng kết năm %2 (%3) lại trước sơ kết 6 tháng (%4).</translation>
    </message>
    <message>
        <source>A movement needs a name.</source>
        <translation>Phong trào thi đua cần có tên.</translation>
    </message>
    <message>
        <source>Say which unit launches %1.</source>
        <translation>Ghi rõ cơ quan phát động %1.</translation>
    </message>
    <message>
        <source>%1 takes part in %2 twice.</source>
        <translation>%1 tham gia %2 hai lần.</translation>
    </message>
    <message>
        <source>Give the date from which %1 carries its new name.</source>
        <translation>Nhập ngày %1 bắt đầu mang tên mới.</translation>
    </message>
    <message>
        <source>%1 already has this name.</source>
        <translation>%1 đã mang tên này.</translation>
    </message>
    <message>
        <source>%1 no longer exists on %2; a closed or merged unit keeps its name.</source>
        <translation>Ngày %2 %1 không còn tồn tại; đơn vị đã giải thể hoặc sáp nhập giữ nguyên tên cũ.</translation>
    </message>
    <message>
        <source>%1 was set up on %2; a new name must take effect after that.</source>
        <translation>%1 được thành lập ngày %2; tên mới phải có hiệu lực sau ngày đó.</translation>
    </message>
    <message>
        <source>%1 took its current name on %2; a new name must take effect after that.</source>
        <translation>%1 mang tên hiện tại từ ngày %2; tên mới phải có hiệu lực sau ngày đó.</translation>
    </message>
    <message>
        <source>Give the date from which %1 is part of %2.</source>
        <translation>Nhập ngày %1 sáp nhập vào %2.</translation>
    </message>
    <message>
        <source>%1 cannot be merged into itself.</source>
        <translation>Không thể sáp nhập %1 vào chính nó.</translation>
    </message>
    <message>
        <source>%1 has already been merged into another unit.</source>
        <translation>%1 đã được sáp nhập vào đơn vị khác.</translation>
    </message>
    <message>
        <source>%1 no longer exists on %2; merge into the unit that took it over.</source>
        <translation>Ngày %2 %1 không còn tồn tại; hãy sáp nhập vào đơn vị đã tiếp nhận đơn vị này.</translation>
    </message>
    <message>
        <source>%1 is part of %2; a unit cannot be merged into one of its own units.</source>
        <translation>%1 trực thuộc %2; không thể sáp nhập một đơn vị vào đơn vị trực thuộc của chính nó.</translation>
    </message>
    <message>
        <source>%1 was closed on %2, before the merger.</source>
        <translation>%1 đã giải thể ngày %2, trước khi sáp nhập.</translation>
    </message>
    <message>
        <source>Give the date of the transfer.</source>
        <translation>Nhập ngày chuyển công tác.</translation>
    </message>
    <message>
        <source>%1 no longer exists on %2.</source>
        <translation>Ngày %2 %1 không còn tồn tại.</translation>
    </message>
    <message>
        <source>The current posting began on %1; a transfer must be dated after it.</source>
        <translation>Vị trí công tác hiện tại bắt đầu từ ngày %1; ngày chuyển công tác phải sau ngày đó.</translation>
    </message>
    <message>
        <source>This person already holds this position in %1.</source>
        <translation>Người này đang giữ chức vụ này tại %1.</translation>
    </message>
    <message>
        <source>Year: %1 is outside %2–%3; grades are kept from %2 to this year.</source>
        <translation>Năm: %1 nằm ngoài khoảng %2–%3; xếp loại được ghi từ năm %2 đến năm nay.</translation>
    </message>
    <message>
        <source>From: give the day the discipline takes effect.</source>
        <translation>Từ ngày: nhập ngày quyết định kỷ luật có hiệu lực.</translation>
    </message>
    <message>
        <source>To: %1 is before the start, %2.</source>
        <translation>Đến ngày: %1 trước ngày bắt đầu %2.</translation>
    </message>
    <message>
        <source>A %1 from %2 is already recorded for this person.</source>
        <translation>Hình thức %1 từ ngày %2 đã được ghi cho người này.</translation>
    </message>
    <message>
        <source>Given name: type the given name (tên), e.g. &quot;Lan&quot; in &quot;Nguyễn Thị Lan&quot;.</source>
        <translation>Tên: nhập tên của cán bộ, ví dụ &quot;Lan&quot; trong &quot;Nguyễn Thị Lan&quot;.</translation>
    </message>
    <message>
        <source>Date of birth: %1 is in the future.</source>
        <translation>Ngày sinh: %1 là ngày trong tương lai.</translation>
    </message>
    <message>
        <source>Date of birth: %1 gives an age of %2 today; a civil servant is between %3 and %4 years old.</source>
        <translation>Ngày sinh: %1 cho tuổi hiện nay là %2; cán bộ, công chức, viên chức phải từ %3 đến %4 tuổi.</translation>
    </message>
    <message>
        <source>Identity number: &quot;%1&quot; is neither 12 digits (citizen identity card) nor 9 digits (old identity card).</source>
        <translation>Số định danh cá nhân: &quot;%1&quot; không phải 12 chữ số (căn cước công dân) hay 9 chữ số (chứng minh nhân dân cũ).</translation>
    </message>
    <message>
        <source>Ministry or central agency</source>
        <translation>Bộ, cơ quan ngang bộ</translation>
    </message>
    <message>
        <source>Department, bureau or general department</source>
        <translation>Vụ, Cục, Tổng cục</translation>
    </message>
    <message>
        <source>Academy or school</source>
        <translation>Học viện, trường</translation>
    </message>
    <message>
        <source>Institute</source>
        <translation>Viện</translation>
    </message>
    <message>
        <source>Provincial department or equivalent</source>
        <translation>Sở và tương đương</translation>
    </message>
    <message>
        <source>Province or city (people&apos;s committee)</source>
        <translation>Tỉnh, thành phố (Ủy ban nhân dân)</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tòa án</translation>
    </message>
    <message>
        <source>Civil judgment enforcement office</source>
        <translation>Cơ quan thi hành án dân sự</translation>
    </message>
    <message>
        <source>Military command</source>
        <translation>Bộ Chỉ huy quân sự</translation>
    </message>
    <message>
        <source>Section, office or board</source>
        <translation>Phòng, Văn phòng, Ban</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Give the unit&apos;s name.</source>
        <translation>Hãy nhập tên đơn vị.</translation>
    </message>
    <message>
        <source>Choose the kind of unit from the list.</source>
        <translation>Hãy chọn loại đơn vị trong danh sách.</translation>
    </message>
    <message>
        <source>%1 cannot stop on %2, before it started on %3.</source>
        <translation>%1 không thể ngừng hoạt động ngày %2, trước ngày bắt đầu hoạt động %3.</translation>
    </message>
    <message>
        <source>%1 was merged into another unit and cannot be reopened.</source>
        <translation>%1 đã được sáp nhập vào đơn vị khác, không thể hoạt động trở lại.</translation>
    </message>
    <message>
        <source>%1 cannot be placed under %2, which is part of it.</source>
        <translation>Không thể đặt %1 trực thuộc %2, vì %2 nằm trong %1.</translation>
    </message>
    <message>
        <source>%1 was merged into another unit; place %2 under the unit that took it over.</source>
        <translation>%1 đã được sáp nhập vào đơn vị khác; hãy đặt %2 trực thuộc đơn vị tiếp nhận.</translation>
    </message>
    <message>
        <source>%1 stopped on %2; a unit under it cannot run longer.</source>
        <translation>%1 đã ngừng hoạt động ngày %2; đơn vị trực thuộc không thể hoạt động lâu hơn.</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n person(s) posted there; transfer them or merge the unit before it stops.</source>
        <translation>
            <numerusform>%1 vẫn còn %n cán bộ đang công tác; hãy chuyển công tác hoặc sáp nhập đơn vị trước khi cho ngừng hoạt động.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is still running under %2 after %3; close or move it first.</source>
        <translation>%1 trực thuộc %2 vẫn hoạt động sau ngày %3; hãy cho đơn vị này ngừng hoạt động hoặc chuyển đi trước.</translation>
    </message>
    <message>
        <source>Give the number of members.</source>
        <translation>Hãy nhập tổng số thành viên.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>Số lượng không được là số âm.</translation>
    </message>
    <message>
        <source>%1 members present is more than the %2 members.</source>
        <translation>Số thành viên có mặt (%1) nhiều hơn tổng số thành viên (%2).</translation>
    </message>
    <message>
        <source>%1 written opinions is more than the %2 members absent.</source>
        <translation>Số ý kiến bằng văn bản (%1) nhiều hơn số thành viên vắng mặt (%2).</translation>
    </message>
    <message>
        <source>%1 ballots issued is more than the %2 members present.</source>
        <translation>Số phiếu phát ra (%1) nhiều hơn số thành viên có mặt (%2).</translation>
    </message>
    <message>
        <source>%1 ballots returned is more than the %2 issued.</source>
        <translation>Số phiếu thu về (%1) nhiều hơn số phiếu phát ra (%2).</translation>
    </message>
    <message>
        <source>%1 valid ballots is more than the %2 returned.</source>
        <translation>Số phiếu hợp lệ (%1) nhiều hơn số phiếu thu về (%2).</translation>
    </message>
    <message>
        <source>%1 yes votes is more than the %2 valid ballots.</source>
        <translation>Số phiếu đồng ý (%1) nhiều hơn số phiếu hợp lệ (%2).</translation>
    </message>
    <message>
        <source>Give the table&apos;s total points.</source>
        <translation>Hãy nhập tổng điểm của bảng.</translation>
    </message>
    <message>
        <source>Criterion %1 has no title.</source>
        <translation>Tiêu chí %1 chưa có nội dung.</translation>
    </message>
    <message>
        <source>%1: the points cannot be negative.</source>
        <translation>%1: điểm không được là số âm.</translation>
    </message>
    <message>
        <source>%1 must come after the group it belongs to.</source>
        <translation>%1 phải đứng sau nhóm tiêu chí chứa nó.</translation>
    </message>
    <message>
        <source>%1 is worth %2 points, but its items add up to %3.</source>
        <translation>%1 có %2 điểm, nhưng các tiêu chí thành phần cộng lại được %3 điểm.</translation>
    </message>
    <message>
        <source>The groups add up to %1 points, but the table&apos;s total is %2.</source>
        <translation>Các nhóm tiêu chí cộng lại được %1 điểm, nhưng tổng điểm của bảng là %2.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 (đề nghị tặng %2)</translation>
    </message>
    <message>
        <source>%1: round 2 follows round 1, which is missing.</source>
        <translation>%1: chưa có vòng 1 nên chưa thể bỏ phiếu vòng 2.</translation>
    </message>
    <message>
        <source>%1 carried in round 1; there is no round 2.</source>
        <translation>%1 đã đạt ở vòng 1; không bỏ phiếu vòng 2.</translation>
    </message>
    <message>
        <source>%1 is not a member of %2, so it cannot be a candidate.</source>
        <translation>%1 không phải là thành viên của %2 nên không thể được bình xét.</translation>
    </message>
    <message>
        <source>The rule data sets no share of yes votes for %1; add one before voting on %2.</source>
        <translation>Quy định chưa có tỷ lệ phiếu đồng ý cho danh hiệu %1; cần bổ sung trước khi bỏ phiếu cho %2.</translation>
    </message>
    <message>
        <source>%1: there are at most two rounds, not round %2.</source>
        <translation>%1: chỉ bỏ phiếu nhiều nhất hai vòng, không có vòng %2.</translation>
    </message>
    <message>
        <source>%1, round %2: %3</source>
        <translation>%1, vòng %2: %3</translation>
    </message>
    <message>
        <source>%1 is voted on twice in round %2.</source>
        <translation>%1 được bỏ phiếu hai lần trong vòng %2.</translation>
    </message>
    <message>
        <source>%1 was voted on in both rounds; there are at most two.</source>
        <translation>%1 đã được bỏ phiếu đủ hai vòng; không có vòng thứ ba.</translation>
    </message>
    <message>
        <source>%1 is scored per occurrence: give the points of one occurrence.</source>
        <translation>%1 chấm theo số lần: hãy ghi số điểm cho mỗi lần.</translation>
    </message>
    <message>
        <source>%1 is in the bonus group %2, so it must be a bonus too.</source>
        <translation>%1 thuộc nhóm điểm thưởng %2 nên cũng phải là điểm thưởng.</translation>
    </message>
    <message>
        <source>%1 is in the penalty group %2, so it must be a penalty too.</source>
        <translation>%1 thuộc nhóm điểm trừ %2 nên cũng phải là điểm trừ.</translation>
    </message>
    <message>
        <source>%1 adds or takes points outside the total, so it cannot be an item of %2.</source>
        <translation>%1 là điểm cộng hoặc trừ ngoài tổng điểm nên không thể là tiêu chí của %2.</translation>
    </message>
    <message>
        <source>%1 is a group: its points are the sum of its items.</source>
        <translation>%1 là một nhóm: điểm của nhóm là tổng điểm các tiêu chí trong nhóm.</translation>
    </message>
    <message>
        <source>%1: %2 points is outside 0 to %3.</source>
        <translation>%1: %2 điểm nằm ngoài khoảng từ 0 đến %3.</translation>
    </message>
    <message>
        <source>%1 is passed or failed: give 0 or %2 points.</source>
        <translation>%1 chấm đạt hoặc không đạt: chỉ cho 0 hoặc %2 điểm.</translation>
    </message>
    <message>
        <source>%1 earns %2 points an occurrence: %3 is not a whole number of occurrences.</source>
        <translation>%1 được %2 điểm mỗi lần: %3 không ứng với một số lần nguyên.</translation>
    </message>
    <message>
        <source>6-month review scoring</source>
        <translation>Chấm điểm sơ kết 6 tháng</translation>
    </message>
    <message>
        <source>Year-end scoring</source>
        <translation>Chấm điểm tổng kết năm</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 của %2</translation>
    </message>
    <message>
        <source>%1 closed on %2, so it has no grade for %3.</source>
        <translation>%1 đã giải thể, sáp nhập ngày %2 nên không có xếp loại năm %3.</translation>
    </message>
    <message>
        <source>%1 was set up on %2, so it has no grade for %3.</source>
        <translation>%1 được thành lập ngày %2 nên không có xếp loại năm %3.</translation>
    </message>
    <message>
        <source>Give the day the rule takes effect.</source>
        <translation>Hãy ghi ngày quy định có hiệu lực.</translation>
    </message>
    <message>
        <source>A share of the members must be above 0 and at most all of them.</source>
        <translation>Tỷ lệ thành viên phải lớn hơn 0 và không vượt quá tổng số thành viên.</translation>
    </message>
    <message>
        <source>Give the legal basis of the rule (the document and its article).</source>
        <translation>Hãy ghi căn cứ pháp lý của quy định (văn bản và điều khoản).</translation>
    </message>
    <message>
        <source>The catalogue has no title or form with the code %1.</source>
        <translation>Danh mục không có danh hiệu hay hình thức khen thưởng nào mang mã %1.</translation>
    </message>
    <message>
        <source>%1 is a collective title; a person cannot receive it.</source>
        <translation>%1 là danh hiệu tập thể; cá nhân không thể nhận.</translation>
    </message>
    <message>
        <source>%1 is an individual title; a collective cannot receive it.</source>
        <translation>%1 là danh hiệu cá nhân; tập thể không thể nhận.</translation>
    </message>
    <message>
        <source>The award&apos;s period %1–%2 is not a period.</source>
        <translation>Thời gian khen thưởng %1–%2 không phải là một khoảng thời gian hợp lệ.</translation>
    </message>
    <message>
        <source>Give the number of the decision (for example 125/QĐ-BTP).</source>
        <translation>Nhập số quyết định (ví dụ 125/QĐ-BTP).</translation>
    </message>
    <message>
        <source>Give the date of the decision.</source>
        <translation>Nhập ngày ký quyết định.</translation>
    </message>
    <message>
        <source>Give who issued the decision (for example Bộ trưởng Bộ Tư pháp).</source>
        <translation>Nhập cấp ra quyết định (ví dụ Bộ trưởng Bộ Tư pháp).</translation>
    </message>
    <message>
        <source>Decision %1 of %2 is dated before the period %3 it rewards.</source>
        <translation>Quyết định %1 ngày %2 có ngày ký trước thời gian %3 được khen thưởng.</translation>
    </message>
    <message>
        <source>The award was already revoked by decision %1.</source>
        <translation>Khen thưởng này đã bị hủy bỏ theo quyết định %1.</translation>
    </message>
    <message>
        <source>Give the number of the decision that revokes the award.</source>
        <translation>Nhập số quyết định hủy bỏ khen thưởng.</translation>
    </message>
    <message>
        <source>Give the date of the decision that revokes the award.</source>
        <translation>Nhập ngày ký quyết định hủy bỏ khen thưởng.</translation>
    </message>
    <message>
        <source>An award cannot be revoked before the decision that gave it (%1).</source>
        <translation>Không thể hủy bỏ khen thưởng trước ngày ký quyết định khen thưởng (%1).</translation>
    </message>
    <message>
        <source>A nomination that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation>Hồ sơ đề nghị đang ở trạng thái &quot;%1&quot; không thể chuyển sang &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Give the reason why the nomination becomes &quot;%1&quot;.</source>
        <translation>Nhập lý do chuyển hồ sơ đề nghị sang &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The rule %1 needs a count above zero.</source>
        <translation>Quy định %1 cần số lượng lớn hơn 0.</translation>
    </message>
    <message>
        <source>The rule %1 needs a number of years above zero.</source>
        <translation>Quy định %1 cần số năm lớn hơn 0.</translation>
    </message>
    <message>
        <source>The rule %1 is a share of the members: at most 100 (per cent).</source>
        <translation>Quy định %1 là tỷ lệ thành viên: tối đa 100 (phần trăm).</translation>
    </message>
    <message>
        <source>The rule %1 may look back at most %2 years.</source>
        <translation>Quy định %1 chỉ xét lùi tối đa %2 năm.</translation>
    </message>
    <message>
        <source>The rule %1 counts months of a year: at most 12.</source>
        <translation>Quy định %1 tính số tháng trong một năm: tối đa 12.</translation>
    </message>
</context>
<context>
    <name>thidua::reports</name>
    <message>
        <source>The list was stopped; nothing was written.</source>
        <translation>Đã dừng lập danh sách; chưa ghi tệp nào.</translation>
    </message>
    <message>
        <source>%1 has no ballot session yet.</source>
        <translation>%1 chưa có phiên bình xét.</translation>
    </message>
    <message>
        <source>%1 has not been opened yet.</source>
        <translation>%1 chưa được mở.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Đã hủy lập báo cáo.</translation>
    </message>
    <message>
        <source>%1 is a cluster of %2, not of %3.</source>
        <translation>%1 là cụm của năm %2, không phải năm %3.</translation>
    </message>
    <message>
        <source>Unit %1 does not exist.</source>
        <translation>Không có đơn vị %1.</translation>
    </message>
</context>
<context>
    <name>thidua::services</name>
    <message>
        <source>Demo data can only go into an empty database; %1 already holds %2 units.</source>
        <translation>Chỉ có thể nạp dữ liệu minh họa vào cơ sở dữ liệu trống; %1 đã có %2 đơn vị.</translation>
    </message>
    <message>
        <source>The columns &quot;%1&quot; and &quot;%2&quot; both hold %3; keep one of them.</source>
        <translation>Hai cột &quot;%1&quot; và &quot;%2&quot; cùng là %3; chỉ giữ một cột.</translation>
    </message>
    <message>
        <source>The file has no column %1.</source>
        <translation>Tệp không có cột %1.</translation>
    </message>
    <message>
        <source>The file has none of the columns %1.</source>
        <translation>Tệp không có cột nào trong các cột %1.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> hoặc </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty; it must be filled in.</source>
        <translation>&quot;%1&quot; đang trống; phải điền.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as day/month/year, e.g. 05/02/1985.</source>
        <translation>&quot;%1&quot; không phải là ngày; ghi theo ngày/tháng/năm, ví dụ 05/02/1985.</translation>
    </message>
    <message>
        <source>The gender is empty; write Nam or Nữ.</source>
        <translation>Giới tính đang trống; ghi Nam hoặc Nữ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gender; write Nam or Nữ.</source>
        <translation>&quot;%1&quot; không phải là giới tính; ghi Nam hoặc Nữ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither Có nor Không.</source>
        <translation>&quot;%1&quot; không phải Có hay Không.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Tên đệm</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains digits; a name has letters only.</source>
        <translation>&quot;%1&quot; có chữ số; họ tên chỉ gồm chữ cái.</translation>
    </message>
    <message>
        <source>The date of birth %1 is not plausible.</source>
        <translation>Ngày sinh %1 không hợp lý.</translation>
    </message>
    <message>
        <source>%1 appears twice: on line %2 and on this line.</source>
        <translation>%1 xuất hiện hai lần: ở dòng %2 và ở dòng này.</translation>
    </message>
    <message>
        <source>%1 (born %2) may already be in the catalogue, in %3; check before importing them again.</source>
        <translation>%1 (sinh %2) có thể đã có trong danh mục, thuộc %3; kiểm tra trước khi nhập lại.</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>chưa rõ ngày sinh</translation>
    </message>
    <message>
        <source>There is no unit &quot;%1&quot; in the catalogue; import or add it first.</source>
        <translation>Danh mục chưa có đơn vị &quot;%1&quot;; hãy nhập hoặc thêm đơn vị này trước.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 units (%3); write it with its parent unit, e.g. &quot;%4&quot;.</source>
        <translation>&quot;%1&quot; là tên của %2 đơn vị (%3); ghi kèm đơn vị cấp trên, ví dụ &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an identity number (12 digits, or 9 on an old card).</source>
        <translation>&quot;%1&quot; không phải là số định danh (12 chữ số, hoặc 9 chữ số với CMND cũ).</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Đơn vị cấp trên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại đơn vị</translation>
    </message>
    <message>
        <source>Legal personality</source>
        <translation>Tư cách pháp nhân</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of unit; write one of: %2.</source>
        <translation>&quot;%1&quot; không phải là loại đơn vị; ghi một trong: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice under the same parent: on line %2 and on this line.</source>
        <translation>&quot;%1&quot; xuất hiện hai lần dưới cùng đơn vị cấp trên: ở dòng %2 và ở dòng này.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 rows of this file; give the parent units different names.</source>
        <translation>&quot;%1&quot; là tên của %2 dòng trong tệp; đặt tên khác nhau cho các đơn vị cấp trên.</translation>
    </message>
    <message>
        <source>The parent unit &quot;%1&quot; on line %2 cannot be imported, so this unit cannot either.</source>
        <translation>Đơn vị cấp trên &quot;%1&quot; ở dòng %2 không nhập được, nên đơn vị này cũng không nhập được.</translation>
    </message>
    <message>
        <source>There is no unit &quot;%1&quot; in the catalogue or in this file.</source>
        <translation>Không có đơn vị &quot;%1&quot; trong danh mục hay trong tệp này.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 units; write it with its own parent, e.g. &quot;%3&quot;.</source>
        <translation>&quot;%1&quot; là tên của %2 đơn vị; ghi kèm đơn vị cấp trên của nó, ví dụ &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the catalogue.</source>
        <translation>&quot;%1&quot; đã có trong danh mục.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is, through its parents, its own parent.</source>
        <translation>&quot;%1&quot; lại là cấp trên của chính nó (qua các đơn vị cấp trên).</translation>
    </message>
    <message>
        <source>There is no field &quot;%1&quot; to import.</source>
        <translation>Không có trường &quot;%1&quot; để nhập.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is chosen for both %2 and %3; choose it for one of them.</source>
        <translation>Cột &quot;%1&quot; đang được chọn cho cả %2 và %3; chỉ chọn cột này cho một trường.</translation>
    </message>
    <message>
        <source>Choose the column that holds %1.</source>
        <translation>Chọn cột chứa %1.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Đã hủy nhập; chưa ghi gì vào cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Unit %1 does not exist.</source>
        <translation>Không có đơn vị %1.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> và %n đơn vị khác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is the name of %n units; write it with its parent unit: %2.</source>
        <translation>
            <numerusform>&quot;%1&quot; là tên của %n đơn vị; ghi kèm đơn vị cấp trên: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No unit is named &quot;%1&quot;.</source>
        <translation>Không có đơn vị nào tên &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No unit is named &quot;%1&quot;; units whose names contain it: %2.</source>
        <translation>Không có đơn vị nào tên &quot;%1&quot;; các đơn vị có tên chứa cụm từ này: %2.</translation>
    </message>
    <message>
        <source>No emulation year is recorded yet.</source>
        <translation>Chưa có năm thi đua nào.</translation>
    </message>
    <message>
        <source>The emulation year %1 is not recorded; the recorded years are %2.</source>
        <translation>Chưa có năm thi đua %1; các năm đã có: %2.</translation>
    </message>
    <message>
        <source>There is no title &quot;%1&quot;.</source>
        <translation>Không có danh hiệu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The period %1 is closed; registrations can no longer change.</source>
        <translation>Kỳ thi đua %1 đã khóa; không thể thay đổi đăng ký nữa.</translation>
    </message>
    <message>
        <source>%1 has already registered for %2 in %3 (on %4).</source>
        <translation>%1 đã đăng ký %2 trong %3 (ngày %4).</translation>
    </message>
    <message>
        <source>The deadline %1 is outside %2.</source>
        <translation>Hạn %1 nằm ngoài %2.</translation>
    </message>
    <message>
        <source>%1 of %2 already exists.</source>
        <translation>%1 năm %2 đã có.</translation>
    </message>
    <message>
        <source>%1 has a covenant; delete the covenant before the cluster.</source>
        <translation>%1 đã có giao ước thi đua; xóa giao ước trước khi xóa cụm.</translation>
    </message>
    <message>
        <source>%1 is already a member of %2.</source>
        <translation>%1 đã là thành viên của %2.</translation>
    </message>
    <message>
        <source>%1 is not a member of %2.</source>
        <translation>%1 không phải thành viên của %2.</translation>
    </message>
    <message>
        <source>%1 is not a cluster of %2.</source>
        <translation>%1 không phải là cụm của năm %2.</translation>
    </message>
    <message>
        <source>%1 already has a covenant, signed on %2.</source>
        <translation>%1 đã có giao ước thi đua, ký ngày %2.</translation>
    </message>
    <message>
        <source>%1 is already &quot;%2&quot;; return it before taking it off.</source>
        <translation>%1 đang ở trạng thái &quot;%2&quot;; trả lại trước khi bỏ.</translation>
    </message>
    <message>
        <source>%1 has schema version %2; open it for editing first, which brings it to version %3.</source>
        <translation>%1 có lược đồ phiên bản %2; hãy mở tệp để chỉnh sửa trước, khi đó tệp được nâng lên phiên bản %3.</translation>
    </message>
    <message>
        <source>The unit name must not be empty</source>
        <translation>Tên đơn vị không được để trống</translation>
    </message>
    <message>
        <source>Choose the units to merge.</source>
        <translation>Chọn các đơn vị cần sáp nhập.</translation>
    </message>
    <message>
        <source>Form of discipline</source>
        <translation>Hình thức kỷ luật</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a form of discipline; write Khiển trách, Cảnh cáo, Hạ bậc lương, Giáng chức, Cách chức or Buộc thôi việc.</source>
        <translation>&quot;%1&quot; không phải là hình thức kỷ luật; ghi Khiển trách, Cảnh cáo, Hạ bậc lương, Giáng chức, Cách chức hoặc Buộc thôi việc.</translation>
    </message>
    <message>
        <source>The start date is empty; write it, or the date of the decision.</source>
        <translation>Ngày bắt đầu đang trống; ghi ngày bắt đầu hoặc ngày quyết định.</translation>
    </message>
    <message>
        <source>The end %1 is before the start %2.</source>
        <translation>Ngày kết thúc %1 trước ngày bắt đầu %2.</translation>
    </message>
    <message>
        <source>%1 already has this discipline (%2 from %3).</source>
        <translation>%1 đã có kỷ luật này (%2 từ ngày %3).</translation>
    </message>
    <message>
        <source>%1 has this discipline twice in this file: on line %2 and on this line.</source>
        <translation>Kỷ luật của %1 xuất hiện hai lần trong tệp: ở dòng %2 và ở dòng này.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grade; write HTXSNV, HTTNV, HTNV or KHTNV, or the words, e.g. &quot;Hoàn thành tốt nhiệm vụ&quot;.</source>
        <translation>&quot;%1&quot; không phải là mức xếp loại; ghi HTXSNV, HTTNV, HTNV hoặc KHTNV, hoặc ghi đủ chữ, ví dụ &quot;Hoàn thành tốt nhiệm vụ&quot;.</translation>
    </message>
    <message>
        <source>%1 already has a grade for %2: %3.</source>
        <translation>%1 đã có kết quả xếp loại năm %2: %3.</translation>
    </message>
    <message>
        <source>%1 is graded twice for %2 in this file: on line %3 and on this line.</source>
        <translation>%1 được xếp loại năm %2 hai lần trong tệp: ở dòng %3 và ở dòng này.</translation>
    </message>
    <message>
        <source>The row names both a person (%1) and a collective (%2); write each on a row of its own.</source>
        <translation>Dòng ghi cả cá nhân (%1) lẫn tập thể (%2); ghi mỗi bên một dòng.</translation>
    </message>
    <message>
        <source>The row names nobody: write a person&apos;s full name, or the unit for a collective.</source>
        <translation>Dòng không ghi ai: ghi họ và tên cá nhân, hoặc tên đơn vị nếu là tập thể.</translation>
    </message>
    <message>
        <source>Write the date of birth or the unit of %1 too, so that they are not taken for someone else of the same name.</source>
        <translation>Ghi thêm ngày sinh hoặc đơn vị của %1 để không nhầm với người trùng họ tên.</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>sinh ngày %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>thuộc %1</translation>
    </message>
    <message>
        <source>There is no %1 in the catalogue; import the people first, or correct the name.</source>
        <translation>Không có %1 trong danh mục; nhập danh sách cán bộ trước, hoặc sửa lại họ tên.</translation>
    </message>
    <message>
        <source>There is no %1 in the catalogue; the people of that name are: %2.</source>
        <translation>Không có %1 trong danh mục; những người cùng họ tên: %2.</translation>
    </message>
    <message>
        <source>%1 fits %2 people: %3; write the date of birth and the unit that tell them apart.</source>
        <translation>%1 khớp với %2 người: %3; ghi ngày sinh và đơn vị để phân biệt.</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Tên tập thể</translation>
    </message>
    <message>
        <source>The file gives no year: add a column &quot;%1&quot;, write the year in the title above the header (&quot;… NĂM 2025&quot;), or give the year of the import.</source>
        <translation>Tệp không cho biết năm: thêm cột &quot;%1&quot;, ghi năm vào tên bảng phía trên dòng tiêu đề (&quot;… NĂM 2025&quot;), hoặc chọn năm khi nhập.</translation>
    </message>
    <message>
        <source>The year is empty; write it, e.g. 2025.</source>
        <translation>Năm đang trống; ghi năm, ví dụ 2025.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year from %2 to %3.</source>
        <translation>&quot;%1&quot; không phải là năm từ %2 đến %3.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Danh hiệu</translation>
    </message>
    <message>
        <source>Date registered</source>
        <translation>Ngày đăng ký</translation>
    </message>
    <message>
        <source>%1 is registered for %2 twice in this file: on line %3 and on this line.</source>
        <translation>%1 đăng ký %2 hai lần trong tệp: ở dòng %3 và ở dòng này.</translation>
    </message>
    <message>
        <source>%1 already has people, sub-units or records and cannot be deleted; give the date it stopped instead.</source>
        <translation>%1 đã có cán bộ, đơn vị trực thuộc hoặc dữ liệu nên không thể xóa; hãy nhập ngày ngừng hoạt động.</translation>
    </message>
    <message>
        <source>Registrations, grades or postings of %1 are recorded; the person cannot be deleted.</source>
        <translation>Đã có đăng ký, xếp loại hoặc quá trình công tác của %1 nên không thể xóa người này.</translation>
    </message>
    <message>
        <source>%1 was voted on at the ballot session of %2, so it stays a member.</source>
        <translation>%1 đã được bỏ phiếu bình xét tại phiên bình xét của %2 nên vẫn phải là thành viên.</translation>
    </message>
    <message>
        <source>%1 has a ballot session; delete the session before the cluster.</source>
        <translation>%1 đã có phiên bình xét; xóa phiên bình xét trước khi xóa cụm.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Vòng</translation>
    </message>
    <message>
        <source>Ballots issued</source>
        <translation>Số phiếu phát ra</translation>
    </message>
    <message>
        <source>Ballots returned</source>
        <translation>Số phiếu thu về</translation>
    </message>
    <message>
        <source>Valid ballots</source>
        <translation>Số phiếu hợp lệ</translation>
    </message>
    <message>
        <source>Yes votes</source>
        <translation>Số phiếu đồng ý</translation>
    </message>
    <message>
        <source>Members in total</source>
        <translation>Tổng số thành viên</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Written opinions</source>
        <translation>Vắng mặt có ý kiến bằng văn bản</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a count; write a whole number such as 11.</source>
        <translation>&quot;%1&quot; không phải là số phiếu; ghi một số nguyên, ví dụ 11.</translation>
    </message>
    <message>
        <source>%1 here, but %2 on line %3: the session has one number.</source>
        <translation>Dòng này ghi %1 nhưng dòng %3 ghi %2: một phiên bình xét chỉ có một con số.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a member of %2.</source>
        <translation>&quot;%1&quot; không phải là thành viên của %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a title a cluster votes on; write one of %2.</source>
        <translation>&quot;%1&quot; không phải là danh hiệu được bỏ phiếu bình xét ở cụm; ghi một trong các danh hiệu %2.</translation>
    </message>
    <message>
        <source>Round %1: there are at most two rounds, 1 and 2.</source>
        <translation>Vòng %1: chỉ có nhiều nhất hai vòng, vòng 1 và vòng 2.</translation>
    </message>
    <message>
        <source>%1 has no ballot session yet: give the members in total and those present in the columns &quot;Tổng số thành viên&quot; and &quot;Có mặt&quot;.</source>
        <translation>%1 chưa có phiên bình xét: ghi tổng số thành viên và số thành viên có mặt trong các cột &quot;Tổng số thành viên&quot; và &quot;Có mặt&quot;.</translation>
    </message>
    <message>
        <source>%1 already has a ballot session.</source>
        <translation>%1 đã có phiên bình xét.</translation>
    </message>
    <message>
        <source>There are no clusters or blocks in %1.</source>
        <translation>Năm %1 chưa có cụm, khối thi đua nào.</translation>
    </message>
    <message>
        <source>No cluster or block of %1 is called &quot;%2&quot;; the year has: %3.</source>
        <translation>Năm %1 không có cụm, khối nào tên &quot;%2&quot;; các cụm, khối của năm: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be any of: %2. Say which.</source>
        <translation>&quot;%1&quot; có thể là: %2. Hãy ghi rõ hơn.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 năm %2</translation>
    </message>
    <message numerus="yes">
        <source>The criteria table of %1 already has %n point(s) given against it: only titles, tie-breaks, rating bands and the document can change. Clear the points first.</source>
        <translation>
            <numerusform>Bảng tiêu chí của %1 đã có %n điểm được chấm theo bảng: chỉ còn sửa được nội dung tiêu chí, tiêu chí phụ, mức xếp loại và văn bản ban hành. Hãy xóa các điểm đã chấm trước.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already has a criteria table.</source>
        <translation>%1 đã có bảng tiêu chí.</translation>
    </message>
    <message>
        <source>%1 has no criteria table to start from.</source>
        <translation>%1 không có bảng tiêu chí để dùng lại.</translation>
    </message>
    <message>
        <source>%1 has no criteria table for %2: make one on the Scoring page first.</source>
        <translation>%1 chưa có bảng tiêu chí năm %2: hãy lập bảng ở trang Chấm điểm trước.</translation>
    </message>
    <message>
        <source>%1 is closed: reopen it to change its points.</source>
        <translation>%1 đã khóa: hãy mở lại đợt chấm để sửa điểm.</translation>
    </message>
    <message>
        <source>The criteria table has no criterion %1.</source>
        <translation>Bảng tiêu chí không có tiêu chí thứ %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 cannot score itself: the points it gives itself are its self-score.</source>
        <translation>%1 không được chấm điểm cho chính mình: điểm đơn vị tự cho mình là điểm tự chấm.</translation>
    </message>
    <message>
        <source>%1 has no head or deputy unit to score: name them on the Clusters page, or let every member score.</source>
        <translation>%1 chưa có đơn vị Trưởng, Phó trưởng cụm để chấm điểm: hãy chỉ định ở trang Cụm, khối thi đua, hoặc cho mọi thành viên cùng chấm.</translation>
    </message>
    <message>
        <source>In %1 the head and deputy units (%2) score; let every member score to give %3&apos;s points.</source>
        <translation>Trong %1, đơn vị Trưởng, Phó trưởng cụm (%2) chấm điểm; muốn nhập điểm của %3 thì hãy cho mọi thành viên cùng chấm.</translation>
    </message>
    <message>
        <source>%1 gave itself %2 on %3: say why %4 gives %5.</source>
        <translation>%1 tự chấm %2 điểm ở tiêu chí %3: hãy ghi lý do %4 cho %5 điểm.</translation>
    </message>
    <message>
        <source>%1 is already closed.</source>
        <translation>%1 đã khóa rồi.</translation>
    </message>
    <message numerus="yes">
        <source>%1 still lacks %n point(s), the first for %2 on %3: give them, or say why the round closes without them.</source>
        <translation>
            <numerusform>%1 còn thiếu %n điểm chấm, đầu tiên là của %2 ở tiêu chí %3: hãy chấm đủ, hoặc ghi lý do khóa đợt chấm khi còn thiếu.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is open.</source>
        <translation>%1 đang mở.</translation>
    </message>
    <message>
        <source>Criterion code</source>
        <translation>Mã tiêu chí</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a group: give the points of its items.</source>
        <translation>&quot;%1&quot; là nhóm tiêu chí: hãy cho điểm từng tiêu chí trong nhóm.</translation>
    </message>
    <message>
        <source>The criteria table has no criterion &quot;%1&quot;.</source>
        <translation>Bảng tiêu chí không có tiêu chí &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of points; write one such as 8 or 7,5.</source>
        <translation>&quot;%1&quot; không phải là số điểm; hãy ghi số như 8 hoặc 7,5.</translation>
    </message>
    <message>
        <source>%1 of %2 is on line %3 already.</source>
        <translation>Tiêu chí %1 của %2 đã có ở dòng %3.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Maximum points</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <source>Points each time</source>
        <translation>Điểm mỗi lần</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of criterion; write Định lượng, Đạt/không đạt, Theo số lần, Điểm thưởng or Điểm trừ.</source>
        <translation>&quot;%1&quot; không phải là loại tiêu chí; hãy ghi Định lượng, Đạt/không đạt, Theo số lần, Điểm thưởng hoặc Điểm trừ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on line %2 already.</source>
        <translation>&quot;%1&quot; đã có ở dòng %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; belongs to the group &quot;%2&quot;, which is not on an earlier line.</source>
        <translation>&quot;%1&quot; thuộc nhóm tiêu chí &quot;%2&quot;, nhưng nhóm này không có ở dòng nào phía trên.</translation>
    </message>
    <message>
        <source>The catalogue has no title with the code %1.</source>
        <translation>Danh mục không có danh hiệu mã %1.</translation>
    </message>
    <message>
        <source>%1 for %2 is already recorded for this candidate.</source>
        <translation>%1 năm %2 đã được ghi nhận cho đối tượng này.</translation>
    </message>
    <message>
        <source>The award history could not be read.</source>
        <translation>Không đọc được quá trình khen thưởng.</translation>
    </message>
    <message>
        <source>Give the initiative&apos;s title.</source>
        <translation>Nhập tên sáng kiến.</translation>
    </message>
    <message>
        <source>Name at least one author of &quot;%1&quot;.</source>
        <translation>Nhập ít nhất một tác giả của sáng kiến &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The initiative &quot;%1&quot; was already the ground of the award of decision %2; an initiative counts only once.</source>
        <translation>Sáng kiến &quot;%1&quot; đã được dùng làm căn cứ khen thưởng theo quyết định %2; mỗi sáng kiến chỉ được tính một lần.</translation>
    </message>
    <message>
        <source>The catalogue has no title or form with the code %1.</source>
        <translation>Danh mục không có danh hiệu hay hình thức khen thưởng nào mang mã %1.</translation>
    </message>
    <message>
        <source>%1 is a collective title; a person cannot be proposed for it.</source>
        <translation>%1 là danh hiệu tập thể; không thể đề nghị cho cá nhân.</translation>
    </message>
    <message>
        <source>%1 is an individual title; a collective cannot be proposed for it.</source>
        <translation>%1 là danh hiệu cá nhân; không thể đề nghị cho tập thể.</translation>
    </message>
    <message>
        <source>Choose the unit that proposes.</source>
        <translation>Chọn đơn vị đề nghị.</translation>
    </message>
    <message>
        <source>The candidate is already proposed for %1 in %2.</source>
        <translation>Đối tượng này đã được đề nghị %1 năm %2.</translation>
    </message>
    <message>
        <source>A nomination that is &quot;%1&quot; can no longer be changed.</source>
        <translation>Hồ sơ đề nghị ở trạng thái &quot;%1&quot; không còn sửa được.</translation>
    </message>
    <message>
        <source>A nomination is decided by recording the decision.</source>
        <translation>Hồ sơ đề nghị chỉ được chuyển sang &quot;đã quyết định&quot; khi ghi nhận quyết định khen thưởng.</translation>
    </message>
    <message>
        <source>The candidate has another live nomination for %1 in %2.</source>
        <translation>Đối tượng này đang có một hồ sơ đề nghị khác cho %1 năm %2.</translation>
    </message>
    <message>
        <source>Nomination %1 is &quot;%2&quot;; a decision settles only accepted nominations.</source>
        <translation>Hồ sơ đề nghị %1 đang ở trạng thái &quot;%2&quot;; quyết định chỉ áp dụng cho hồ sơ đã được chấp nhận.</translation>
    </message>
    <message>
        <source>%1 has no head unit to propose its flags.</source>
        <translation>%1 chưa có đơn vị trưởng cụm để đề nghị tặng cờ.</translation>
    </message>
    <message>
        <source>%1 has not voted yet.</source>
        <translation>%1 chưa tổ chức bình xét.</translation>
    </message>
    <message>
        <source>The dossier has no such file; it may have been removed.</source>
        <translation>Hồ sơ không có tệp này; có thể tệp đã bị gỡ bỏ.</translation>
    </message>
    <message>
        <source>Title or form</source>
        <translation>Danh hiệu, hình thức khen thưởng</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>Từ năm</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Golden book number</source>
        <translation>Số vào sổ vàng</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a title or form of the catalogue; write its name or abbreviation, e.g. LĐTT, CSTĐCS, Bằng khen của Bộ, ban, ngành, tỉnh.</source>
        <translation>&quot;%1&quot; không có trong danh mục danh hiệu, hình thức khen thưởng; ghi tên hoặc tên viết tắt, ví dụ LĐTT, CSTĐCS, Bằng khen của Bộ, ban, ngành, tỉnh.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of award; write Công trạng, Đột xuất, Chuyên đề, Cống hiến or Đối ngoại.</source>
        <translation>&quot;%1&quot; không phải là loại hình khen thưởng; ghi Công trạng, Đột xuất, Chuyên đề, Cống hiến hoặc Đối ngoại.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in đồng.</source>
        <translation>&quot;%1&quot; không phải là số tiền (đồng).</translation>
    </message>
    <message>
        <source>%1 already has %2 for %3.</source>
        <translation>%1 đã có %2 năm %3.</translation>
    </message>
    <message>
        <source>%1 has %2 for %3 twice in this file: on line %4 and on this line.</source>
        <translation>%2 năm %3 của %1 xuất hiện hai lần trong tệp: ở dòng %4 và ở dòng này.</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Tên sáng kiến</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp công nhận</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level of recognition; write Cấp cơ sở, Cấp Bộ, tỉnh or Toàn quốc.</source>
        <translation>&quot;%1&quot; không phải là cấp công nhận; ghi Cấp cơ sở, Cấp Bộ, tỉnh hoặc Toàn quốc.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an initiative nor research; write Sáng kiến or Đề tài.</source>
        <translation>&quot;%1&quot; không phải là sáng kiến hay đề tài; ghi Sáng kiến hoặc Đề tài.</translation>
    </message>
    <message>
        <source>%1 is already an author of &quot;%2&quot; (%3).</source>
        <translation>%1 đã là tác giả của &quot;%2&quot; (%3).</translation>
    </message>
    <message>
        <source>%1 is named twice as an author of &quot;%2&quot;.</source>
        <translation>%1 được ghi hai lần là tác giả của &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Lập đề nghị</translation>
    </message>
    <message>
        <source>File %1 added as %2</source>
        <translation>Thêm tệp %1 làm %2</translation>
    </message>
    <message>
        <source>File %1 removed</source>
        <translation>Gỡ tệp %1</translation>
    </message>
    <message>
        <source>Award, proposing unit or basis changed</source>
        <translation>Sửa hình thức, đơn vị đề nghị hoặc thành tích</translation>
    </message>
    <message>
        <source>Moved to &quot;%1&quot;</source>
        <translation>Chuyển sang &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Moved to &quot;%1&quot;: %2</source>
        <translation>Chuyển sang &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The year must be from 1945 to 2200, not %1.</source>
        <translation>Năm phải từ 1945 đến 2200, không phải %1.</translation>
    </message>
    <message>
        <source>No eligibility rule set is in force on %1.</source>
        <translation>Không có bộ quy định xét khen thưởng nào có hiệu lực vào ngày %1.</translation>
    </message>
    <message>
        <source>The rules in force on %1 say nothing of %2 for this subject.</source>
        <translation>Các quy định có hiệu lực ngày %1 không có điều kiện %2 cho đối tượng này.</translation>
    </message>
    <message>
        <source>No such person or unit.</source>
        <translation>Không có cá nhân hoặc tập thể này.</translation>
    </message>
    <message>
        <source>No person is named &quot;%1&quot;.</source>
        <translation>Không có ai tên &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 people are named &quot;%2&quot;; give one of their numbers: %3.</source>
        <translation>Có %1 người tên &quot;%2&quot;; hãy nhập số của một người: %3.</translation>
    </message>
    <message>
        <source>Name a rule and one of its numbers, such as ND152:CSTDBO.cstdcs.count; the numbers are years, count and verified, not &quot;%1&quot;.</source>
        <translation>Nhập tên quy định và một con số của nó, ví dụ ND152:CSTDBO.cstdcs.count; các con số là years, count và verified, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>verified is 0 or 1.</source>
        <translation>verified là 0 hoặc 1.</translation>
    </message>
    <message>
        <source>No eligibility rule is named %1.</source>
        <translation>Không có quy định xét khen thưởng tên %1.</translation>
    </message>
    <message>
        <source>The rule %1 needs the article it rests on.</source>
        <translation>Quy định %1 cần có điều khoản làm căn cứ.</translation>
    </message>
    <message>
        <source>The rule %1 asks a person to check something: say what.</source>
        <translation>Quy định %1 yêu cầu người xét kiểm tra: cần nêu nội dung kiểm tra.</translation>
    </message>
    <message>
        <source>No eligibility rule set is coded %1.</source>
        <translation>Không có bộ quy định xét điều kiện nào mã %1.</translation>
    </message>
    <message>
        <source>A rule is already named %1.</source>
        <translation>Đã có quy định tên %1.</translation>
    </message>
    <message>
        <source>The award is not revoked.</source>
        <translation>Khen thưởng này chưa bị thu hồi.</translation>
    </message>
    <message>
        <source>The same award for %1 was recorded again after the revocation; it cannot stand twice.</source>
        <translation>Khen thưởng này của năm %1 đã được ghi nhận lại sau khi thu hồi; không thể có hai bản cùng hiệu lực.</translation>
    </message>
    <message>
        <source>The award of decision %1 settled a nomination; revoke it instead of deleting it.</source>
        <translation>Khen thưởng theo quyết định %1 đã giải quyết một hồ sơ đề nghị; hãy thu hồi thay vì xóa.</translation>
    </message>
    <message>
        <source>Recorded by decision %1</source>
        <translation>Ghi nhận theo quyết định %1</translation>
    </message>
    <message>
        <source>Deleted as entered by mistake</source>
        <translation>Đã xóa do nhập nhầm</translation>
    </message>
    <message>
        <source>Revoked by decision %1</source>
        <translation>Thu hồi theo quyết định %1</translation>
    </message>
    <message>
        <source>Revoked by decision %1: %2</source>
        <translation>Thu hồi theo quyết định %1: %2</translation>
    </message>
    <message>
        <source>Revocation withdrawn</source>
        <translation>Hủy việc thu hồi</translation>
    </message>
    <message>
        <source>Decision details changed</source>
        <translation>Sửa thông tin quyết định</translation>
    </message>
    <message>
        <source>A report note needs its report and section.</source>
        <translation>Nội dung báo cáo cần ghi rõ báo cáo và phần.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has &quot;?&quot; where letters were: the file lost its Vietnamese letters when it was saved. Open the original and save it as &quot;CSV UTF-8 (Comma delimited)&quot; or as an Excel workbook (.xlsx), then import that.</source>
        <translation>&quot;%1&quot; có dấu &quot;?&quot; thay cho chữ: tệp đã mất dấu tiếng Việt khi được lưu. Hãy mở tệp gốc, lưu lại bằng &quot;CSV UTF-8 (Comma delimited)&quot; hoặc thành sổ Excel (.xlsx) rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>%1 is not a year of birth.</source>
        <translation>%1 không phải là năm sinh.</translation>
    </message>
    <message>
        <source>born in %1</source>
        <translation>sinh năm %1</translation>
    </message>
    <message>
        <source>%1 is only the year of birth; the catalogue keeps the whole date. Write it as day/month/year (e.g. 14/03/%1), or do not import this column.</source>
        <translation>%1 chỉ là năm sinh; danh mục cán bộ lưu đủ ngày sinh. Hãy ghi theo ngày/tháng/năm (ví dụ 14/03/%1), hoặc không nhập cột này.</translation>
    </message>
</context>
<context>
    <name>thidua::storage</name>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>Không ghi được bản sao lưu %1: %2</translation>
    </message>
    <message>
        <source>the file cannot be replaced</source>
        <translation>không thể thay thế tệp</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <source>Registration %1: title %2 is for collectives but a person registered it</source>
        <translation>Đăng ký %1: danh hiệu %2 dành cho tập thể nhưng lại do cá nhân đăng ký</translation>
    </message>
    <message>
        <source>Registration %1: title %2 is for individuals but a unit registered it</source>
        <translation>Đăng ký %1: danh hiệu %2 dành cho cá nhân nhưng lại do đơn vị đăng ký</translation>
    </message>
    <message>
        <source>Person %1: search key &quot;%2&quot; does not match the name</source>
        <translation>Cán bộ %1: khóa tìm kiếm &quot;%2&quot; không khớp với họ tên</translation>
    </message>
    <message>
        <source>Unit %1: search key &quot;%2&quot; does not match the name</source>
        <translation>Đơn vị %1: khóa tìm kiếm &quot;%2&quot; không khớp với tên đơn vị</translation>
    </message>
    <message>
        <source>Cluster %1 has %2 heads; it may have one</source>
        <translation>Cụm %1 có %2 đơn vị trưởng cụm; chỉ được có một</translation>
    </message>
    <message>
        <source>Registration %1 is dated %2, outside its period</source>
        <translation>Đăng ký %1 đề ngày %2, nằm ngoài kỳ thi đua của nó</translation>
    </message>
    <message>
        <source>Person %1 does not exist</source>
        <translation>Không có cán bộ %1</translation>
    </message>
    <message>
        <source>The data breaks a database rule</source>
        <translation>Dữ liệu vi phạm một ràng buộc của cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The database is busy in another window or program</source>
        <translation>Cơ sở dữ liệu đang được một cửa sổ hoặc chương trình khác sử dụng</translation>
    </message>
    <message>
        <source>The database is read-only</source>
        <translation>Cơ sở dữ liệu chỉ cho phép đọc</translation>
    </message>
    <message>
        <source>The file is damaged or is not a thidua database</source>
        <translation>Tệp bị hỏng hoặc không phải cơ sở dữ liệu thidua</translation>
    </message>
    <message>
        <source>The database file cannot be opened</source>
        <translation>Không mở được tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Ổ đĩa đã đầy</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>Lỗi cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Unit %1 does not exist</source>
        <translation>Không có đơn vị %1</translation>
    </message>
    <message>
        <source>Period %1 does not exist</source>
        <translation>Không có kỳ thi đua %1</translation>
    </message>
    <message>
        <source>Registration %1 does not exist</source>
        <translation>Không có đăng ký %1</translation>
    </message>
    <message>
        <source>Cluster %1 does not exist</source>
        <translation>Không có cụm %1</translation>
    </message>
    <message>
        <source>Covenant %1 does not exist</source>
        <translation>Không có giao ước %1</translation>
    </message>
    <message>
        <source>Movement %1 does not exist</source>
        <translation>Không có phong trào %1</translation>
    </message>
    <message>
        <source>Discipline record %1 does not exist</source>
        <translation>Không có bản ghi kỷ luật %1</translation>
    </message>
    <message>
        <source>Ballot session %1 does not exist</source>
        <translation>Không có phiên bình xét %1</translation>
    </message>
    <message>
        <source>Criteria table %1 does not exist</source>
        <translation>Không có bảng tiêu chí %1</translation>
    </message>
    <message>
        <source>Scoring round %1 does not exist</source>
        <translation>Không có đợt chấm điểm %1</translation>
    </message>
    <message>
        <source>Award %1 does not exist</source>
        <translation>Không có khen thưởng %1</translation>
    </message>
    <message>
        <source>Initiative %1 does not exist</source>
        <translation>Không có sáng kiến %1</translation>
    </message>
    <message>
        <source>Nomination %1 does not exist</source>
        <translation>Không có hồ sơ đề nghị %1</translation>
    </message>
    <message>
        <source>Dossier file %1 does not exist</source>
        <translation>Không có tệp hồ sơ %1</translation>
    </message>
</context>
<context>
    <name>thidua::ui::AwardDialog</name>
    <message>
        <source>Record an Award (%1)</source>
        <translation>Ghi nhận khen thưởng (%1)</translation>
    </message>
    <message>
        <source>Empty: by the rule data</source>
        <translation>Để trống: tính theo quy định</translation>
    </message>
    <message>
        <source>&amp;Award:</source>
        <translation>&amp;Danh hiệu, hình thức:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại hình:</translation>
    </message>
    <message>
        <source>For the years &amp;from:</source>
        <translation>Thành tích &amp;từ năm:</translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation>&amp;Số quyết định:</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>&amp;Ngày ký:</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>Cấp &amp;quyết định:</translation>
    </message>
    <message>
        <source>&amp;Golden book number:</source>
        <translation>Số sổ &amp;vàng:</translation>
    </message>
    <message>
        <source>A&amp;mount (đồng):</source>
        <translation>Tiền thưởng (đồn&amp;g):</translation>
    </message>
    <message>
        <source>&amp;Rests on initiative:</source>
        <translation>Căn cứ sáng &amp;kiến:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Ghi c&amp;hú:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>The rule data&apos;s amount shows once the date is typed.</source>
        <translation>Mức tiền theo quy định hiện khi đã nhập ngày ký.</translation>
    </message>
    <message>
        <source>By the rule data: %1 đ</source>
        <translation>Theo quy định: %1 đ</translation>
    </message>
    <message>
        <source>The rule data gives this award no cash.</source>
        <translation>Quy định không kèm tiền thưởng cho khen thưởng này.</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ngày ký</translation>
    </message>
    <message>
        <source>Amount: &quot;%1&quot; is not a sum in đồng, e.g. 1.500.000.</source>
        <translation>Tiền thưởng: &quot;%1&quot; không phải số tiền (đồng), ví dụ 1.500.000.</translation>
    </message>
</context>
<context>
    <name>thidua::ui::AwardListModel</name>
    <message>
        <source>Revoked by %1</source>
        <translation>Đã thu hồi theo %1</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Còn hiệu lực</translation>
    </message>
    <message>
        <source>Awarded to</source>
        <translation>Tập thể, cá nhân được khen</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Title or form</source>
        <translation>Danh hiệu, hình thức</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cấp quyết định</translation>
    </message>
    <message>
        <source>Amount (đồng)</source>
        <translation>Tiền thưởng (đồng)</translation>
    </message>
    <message>
        <source>Golden book</source>
        <translation>Sổ vàng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
</context>
<context>
    <name>thidua::ui::AwardSteps</name>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>record the award of decision %1</source>
        <translation>ghi nhận khen thưởng theo quyết định %1</translation>
    </message>
    <message>
        <source>revoke the award of decision %1</source>
        <translation>thu hồi khen thưởng theo quyết định %1</translation>
    </message>
    <message>
        <source>delete the award of decision %1</source>
        <translation>xóa khen thưởng theo quyết định %1</translation>
    </message>
    <message>
        <source>The award is no longer in the database; the step cannot be repeated.</source>
        <translation>Khen thưởng không còn trong cơ sở dữ liệu; không thể thực hiện lại bước này.</translation>
    </message>
</context>
<context>
    <name>thidua::ui::AwardsPage</name>
    <message numerus="yes">
        <source>%1 of %n award(s)</source>
        <translation>
            <numerusform>%1 trên %n khen thưởng</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the Award</source>
        <translation>Xóa khen thưởng</translation>
    </message>
    <message>
        <source>Delete %1 of %2 (decision %3) as entered by mistake? An award that was really given and then withdrawn is revoked instead. Ctrl+Z brings it back.</source>
        <translation>Xóa %1 của %2 (quyết định %3) vì nhập nhầm? Khen thưởng đã thực sự trao rồi bị rút lại thì phải thu hồi, không xóa. Ctrl+Z để khôi phục.</translation>
    </message>
    <message>
        <source>The awards given for the year in order of precedence, and the initiatives recognised in it. Record an award decided on paper, revoke one that was withdrawn, and enter the initiatives that later awards rest on; each counts once.</source>
        <translation>Các khen thưởng của năm theo thứ bậc và các sáng kiến được công nhận trong năm. Ghi nhận khen thưởng theo quyết định giấy, thu hồi khen thưởng bị hủy bỏ, nhập sáng kiến làm căn cứ cho khen thưởng sau; mỗi sáng kiến chỉ tính một lần.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>Name or decision number, e.g. nguyen thi lan</source>
        <translation>Tên hoặc số quyết định, ví dụ nguyen thi lan</translation>
    </message>
    <message>
        <source>Individuals and collectives</source>
        <translation>Cá nhân và tập thể</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Collectives</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>Hide re&amp;voked</source>
        <translation>Ẩn khen thưởng đã thu &amp;hồi</translation>
    </message>
    <message>
        <source>&amp;Record Award…</source>
        <translation>&amp;Ghi nhận khen thưởng…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Thu &amp;hồi…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Delete an award entered by mistake (Delete)</source>
        <translation>Xóa khen thưởng nhập nhầm (Delete)</translation>
    </message>
    <message>
        <source>Record &amp;Initiative…</source>
        <translation>Nhập &amp;sáng kiến…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Award history</source>
        <translation>Quá trình khen thưởng</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
</context>
<context>
    <name>thidua::ui::CandidatePicker</name>
    <message>
        <source>Type a name, e.g. nguyen thi lan</source>
        <translation>Gõ tên, ví dụ nguyen thi lan</translation>
    </message>
    <message>
        <source>&amp;Individual</source>
        <translation>&amp;Cá nhân</translation>
    </message>
    <message>
        <source>&amp;Collective</source>
        <translation>&amp;Tập thể</translation>
    </message>
    <message>
        <source>Candidate:</source>
        <translation>Đối tượng:</translation>
    </message>
    <message>
        <source>&amp;Find person:</source>
        <translation>&amp;Tìm người:</translation>
    </message>
    <message>
        <source>Co&amp;llective:</source>
        <translation>Tập th&amp;ể:</translation>
    </message>
    <message>
        <source>Choose the collective.</source>
        <translation>Hãy chọn tập thể.</translation>
    </message>
    <message>
        <source>Find and choose the person.</source>
        <translation>Hãy tìm và chọn người.</translation>
    </message>
</context>
<context>
    <name>thidua::ui::CatalogueSteps</name>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>thêm %1</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>sửa %1</translation>
    </message>
</context>
<context>
    <name>thidua::ui::ClusterDialog</name>
    <message>
        <source>New Cluster or Block</source>
        <translation>Thêm cụm, khối thi đua</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <source>Emulation cluster (cụm)</source>
        <translation>Cụm thi đua</translation>
    </message>
    <message>
        <source>Emulation block (khối)</source>
        <translation>Khối thi đua</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Type the number in Roman numerals or digits: IV or 4.</source>
        <translation>Gõ số hiệu bằng chữ số La Mã hoặc chữ số thường: IV hoặc 4.</translation>
    </message>
    <message>
        <source>Only when it has a name, e.g. Khối thi đua Nội chính</source>
        <translation>Chỉ điền khi có tên riêng, ví dụ Khối thi đua Nội chính</translation>
    </message>
    <message>
        <source>&amp;Organised by:</source>
        <translation>Đơn vị &amp;tổ chức:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số hiệu:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Tê&amp;n:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>thidua::ui::ClusterListModel</name>
    <message>
        <source>No.</source>
        <translation>Số hiệu</translation>
    </message>
    <message>
        <source>Cluster or block</source>
        <translation>Cụm, khối thi đua</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <source>Head unit</source>
        <translation>Trưởng cụm, khối</translation>
    </message>
    <message>
        <source>Deputy head unit</source>
        <translation>Phó Trưởng cụm, khối</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Số đơn vị thành viên</translation>
    </message>
</context>
<context>
    <name>thidua::ui::ClusterMembersModel</name>
    <message>
        <source>Head of the block</source>
        <translation>Trưởng khối</translation>
    </message>
    <message>
        <source>Head of the cluster</source>
        <translation>Trưởng cụm</translation>
    </message>
    <message>
        <source>Deputy head of the block</source>
        <translation>Phó Trưởng khối</translation>
    </message>
    <message>
        <source>Deputy head of the cluster</source>
        <translation>Phó Trưởng cụm</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Member unit</source>
        <translation>Đơn vị thành viên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Also in this year</source>
        <translation>Cùng năm còn thuộc</translation>
    </message>
</context>
<context>
    <name>thidua::ui::ClusterSteps</name>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>create %1</source>
        <translation>thêm %1</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>xóa %1</translation>
    </message>
    <message numerus="yes">
        <source>copy %n cluster(s) to %1</source>
        <translation>
            <numerusform>sao chép %n cụm, khối sang năm %1</numerusform>
        </translation>
    </message>
    <message>
        <source>covenant of %1</source>
        <translation>giao ước thi đua của %1</translation>
    </message>
    <message>
        <source>delete the covenant of %1</source>
        <translation>xóa giao ước thi đua của %1</translation>
    </message>
</context>
<context>
    <name>thidua::ui::ClusterTableModel</name>
    <message>
        <source>Cluster or block</source>
        <translation>Cụm, khối thi đua</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>Cơ quan tổ chức</translation>
    </message>
    <message>
        <source>Head unit</source>
        <translation>Trưởng cụm, khối</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Số thành viên</translation>
    </message>
</context>
<context>
    <name>thidua::ui::ClustersPage</name>
    <message>
        <source>%1 has no clusters or blocks yet.</source>
        <translation>Năm %1 chưa có cụm, khối thi đua nào.</translation>
    </message>
    <message>
        <source>%1, organised by %2</source>
        <translation>%1, do %2 tổ chức</translation>
    </message>
    <message>
        <source>head and deputy appointed by decision %1 of %2</source>
        <translation>Trưởng, Phó Trưởng cụm được chỉ định theo Quyết định số %1 ngày %2</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>sửa %1</translation>
    </message>
    <message>
        <source>Delete Cluster</source>
        <translation>Xóa cụm, khối</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 with its %n member(s)? Undo (Ctrl+Z) brings it back.</source>
        <translation>
            <numerusform>Xóa %1 cùng %n đơn vị thành viên? Có thể hoàn tác (Ctrl+Z).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s) created for %1; Ctrl+Z takes them back.</source>
        <translation>
            <numerusform>Đã tạo %n cụm, khối cho năm %1; bấm Ctrl+Z để hoàn tác.</numerusform>
        </translation>
    </message>
    <message>
        <source>add %1 to %2</source>
        <translation>thêm %1 vào %2</translation>
    </message>
    <message>
        <source>remove %1 from %2</source>
        <translation>đưa %1 ra khỏi %2</translation>
    </message>
    <message>
        <source>head and deputy of %1</source>
        <translation>Trưởng, Phó Trưởng của %1</translation>
    </message>
    <message>
        <source>Delete Covenant</source>
        <translation>Xóa giao ước</translation>
    </message>
    <message>
        <source>Delete the covenant of %1? Undo (Ctrl+Z) brings it back.</source>
        <translation>Xóa giao ước thi đua của %1? Có thể hoàn tác (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Covenant %1 - %2.pdf</source>
        <translation>Giao ước thi đua %1 - %2.pdf</translation>
    </message>
    <message>
        <source>The covenant was written to %1.</source>
        <translation>Đã ghi giao ước thi đua vào %1.</translation>
    </message>
    <message>
        <source>The clusters and blocks of the year with their members, head and deputy head, and the covenant they sign. A unit may sit in several, under different organisers. Ctrl+Z undoes a step.</source>
        <translation>Các cụm, khối thi đua trong năm với đơn vị thành viên, Trưởng, Phó Trưởng cụm, khối và giao ước thi đua đã ký. Một đơn vị có thể thuộc nhiều cụm, khối do các cơ quan khác nhau tổ chức. Ctrl+Z để hoàn tác từng bước.</translation>
    </message>
    <message>
        <source>&amp;New Cluster…</source>
        <translation>&amp;Thêm cụm, khối…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;Copy to Next Year…</source>
        <translation>Sao chép sang năm sa&amp;u…</translation>
    </message>
    <message>
        <source>Next year&apos;s clusters with the same members and the head and deputy head rotated, to check before they are created</source>
        <translation>Các cụm, khối của năm sau với cùng thành viên, Trưởng và Phó Trưởng luân phiên, để kiểm tra trước khi tạo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Uni&amp;t:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>Add &amp;Member</source>
        <translation>Thêm thà&amp;nh viên</translation>
    </message>
    <message>
        <source>Remo&amp;ve Member</source>
        <translation>&amp;Bỏ thành viên</translation>
    </message>
    <message>
        <source>Members and leadership</source>
        <translation>Thành viên, Trưởng và Phó Trưởng</translation>
    </message>
    <message>
        <source>Covenant</source>
        <translation>Giao ước thi đua</translation>
    </message>
    <message>
        <source>Export the Covenant</source>
        <translation>Xuất giao ước thi đua</translation>
    </message>
</context>
<context>
    <name>thidua::ui::ConductDialog</name>
    <message>
        <source>Grades and discipline: %1</source>
        <translation>Đánh giá, kỷ luật: %1</translation>
    </message>
    <message>
        <source>Grades: %1</source>
        <translation>Đánh giá, xếp loại: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Yearly grades</source>
        <translation>Xếp loại hằng năm</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>&amp;Save grade</source>
        <translation>&amp;Ghi xếp loại</translation>
    </message>
    <message>
        <source>&amp;Remove grade</source>
        <translation>&amp;Xóa xếp loại</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>Xếp &amp;loại:</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Kỷ luật</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Xóa &amp;kỷ luật</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>chưa xác định</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Ghi &amp;chú:</translation>
    </message>
</context>
<context>
    <name>thidua::ui::ConductSteps</name>
    <message>
        <source>%1 from %2</source>
        <translation>%1 từ ngày %2</translation>
    </message>
    <message>
        <source>grade %1 for %2</source>
        <translation>xếp loại %1 năm %2</translation>
    </message>
    <message>
        <source>remove the grade for %1</source>
        <translation>xóa xếp loại năm %1</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>thêm %1</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>sửa %1</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>xóa %1</translation>
    </message>
</context>
<context>
    <name>thidua::ui::ConferenceFacts</name>
    <message>
        <source>%1 of %2 people (%3 %); %4 titles registered by collectives.</source>
        <translation>%1/%2 người (%3 %); các tập thể đăng ký %4 danh hiệu.</translation>
    </message>
    <message>
        <source>no head recorded</source>
        <translation>chưa ghi nhận Trưởng cụm</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>chưa ghi nhận</translation>
    </message>
    <message>
        <source>signed on %1 by %2 of %3 members</source>
        <translation>ký ngày %1, %2/%3 đơn vị thành viên</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>chưa chấm điểm</translation>
    </message>
    <message>
        <source>no vote recorded</source>
        <translation>chưa ghi nhận kết quả bỏ phiếu</translation>
    </message>
    <message>
        <source>Registrations:</source>
        <translation>Đăng ký thi đua:</translation>
    </message>
    <message>
        <source>Movements:</source>
        <translation>Phong trào thi đua:</translation>
    </message>
    <message>
        <source>Leaders:</source>
        <translation>Lãnh đạo cụm, khối:</translation>
    </message>
    <message>
        <source>Covenant:</source>
        <translation>Giao ước thi đua:</translation>
    </message>
    <message>
        <source>Ranking:</source>
        <translation>Xếp hạng:</translation>
    </message>
    <message>
        <source>Vote:</source>
        <translation>Suy tôn:</translation>
    </message>
    <message>
        <source>Awards:</source>
        <translation>Khen thưởng:</translation>
    </message>
    <message>
        <source>%1 decided in the first half of %2</source>
        <translation>%1 lượt quyết định trong 6 tháng đầu năm %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 lượt trong năm %2</translation>
    </message>
    <message>
        <source>%1; %2 to hand over at the conference.</source>
        <translation>%1; %2 lượt trao tại hội nghị.</translation>
    </message>
    <message>
        <source>%1 (head)</source>
        <translation>%1 (Trưởng)</translation>
    </message>
    <message>
        <source>, %1 (deputy)</source>
        <translation>, %1 (Phó Trưởng)</translation>
    </message>
</context>
<context>
    <name>thidua::ui::CovenantEditor</name>
    <message>
        <source>Choose a cluster to see its covenant.</source>
        <translation>Chọn một cụm, khối để xem giao ước thi đua.</translation>
    </message>
    <message numerus="yes">
        <source>Signed on %1 by %n unit(s).</source>
        <translation>
            <numerusform>Đã ký ngày %1, %n đơn vị ký.</numerusform>
        </translation>
    </message>
    <message>
        <source>No covenant recorded for this year yet; fill it in and save.</source>
        <translation>Chưa có giao ước thi đua của năm này; điền nội dung rồi bấm Lưu.</translation>
    </message>
    <message>
        <source>Signed &amp;on:</source>
        <translation>&amp;Ngày ký:</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>Địa đ&amp;iểm:</translation>
    </message>
    <message>
        <source>Where it was signed, e.g. Hội trường Sở Tư pháp tỉnh Vĩnh Phúc</source>
        <translation>Nơi ký, ví dụ Hội trường Sở Tư pháp tỉnh Vĩnh Phúc</translation>
    </message>
    <message>
        <source>&amp;Signing units:</source>
        <translation>Đơn vị &amp;ký giao ước:</translation>
    </message>
    <message>
        <source>&amp;Targets, one a line:</source>
        <translation>Nội dung, &amp;chỉ tiêu (mỗi dòng một mục):</translation>
    </message>
    <message>
        <source>&amp;Save Covenant</source>
        <translation>Lưu &amp;giao ước</translation>
    </message>
    <message>
        <source>Delete Covenant</source>
        <translation>Xóa giao ước</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Xuất tệ&amp;p…</translation>
    </message>
</context>
<context>
    <name>thidua::ui::CriteriaDialog</name>
    <message>
        <source>More bonus points first</source>
        <translation>Nhiều điểm thưởng hơn xếp trên</translation>
    </message>
    <message>
        <source>Fewer penalty points next</source>
        <translation>Rồi đến ít điểm trừ hơn</translation>
    </message>
    <message>
        <source>Then a collective with at least 70 % women</source>
        <translation>Rồi đến tập thể có từ 70% nữ trở lên</translation>
    </message>
    <message>
        <source>Criteria table of %1 for %2</source>
        <translation>Bảng tiêu chí chấm điểm của %1 năm %2</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>By the difference from the target</source>
        <translation>Theo mức chênh lệch so với chỉ tiêu</translation>
    </message>
    <message>
        <source>By the share over the target</source>
        <translation>Theo tỷ lệ vượt chỉ tiêu</translation>
    </message>
    <message>
        <source>e.g. Quyết định số 536/QĐ-BTP</source>
        <translation>ví dụ: Quyết định số 536/QĐ-BTP</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>From points</source>
        <translation>Từ (điểm)</translation>
    </message>
    <message>
        <source>&amp;Total points:</source>
        <translation>&amp;Tổng điểm:</translation>
    </message>
    <message>
        <source>Over the &amp;target, score:</source>
        <translation>Vượt chỉ &amp;tiêu thì tính:</translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation>&amp;Văn bản ban hành:</translation>
    </message>
    <message>
        <source>Equal totals are decided by:</source>
        <translation>Khi bằng tổng điểm thì xét:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>Add an &amp;item below</source>
        <translation>Thêm tiêu chí &amp;con</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Lên</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>&amp;Xuống</translation>
    </message>
</context>
<context>
    <name>thidua::ui::CriteriaTree</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Most points</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <source>Each occurrence</source>
        <translation>Điểm mỗi lần</translation>
    </message>
    <message>
        <source>Against a target</source>
        <translation>Theo chỉ tiêu</translation>
    </message>
    <message>
        <source>Passed or failed</source>
        <translation>Đạt/không đạt</translation>
    </message>
    <message>
        <source>Per occurrence</source>
        <translation>Theo số lần</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Điểm thưởng</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Điểm trừ</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Tiêu chí mới</translation>
    </message>
</context>
<context>
    <name>thidua::ui::DatabaseActions</name>
    <message>
        <source>thidua databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu thidua (*.sqlite *.sqlite3 *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Tạo cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>new.sqlite</source>
        <translation>thidua-moi.sqlite</translation>
    </message>
    <message>
        <source>%1 already exists. Use File &gt; Open to work on it.</source>
        <translation>%1 đã tồn tại. Hãy dùng Tệp &gt; Mở để làm việc với tệp này.</translation>
    </message>
    <message>
        <source>Created an empty database.</source>
        <translation>Đã tạo cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Mở tệp gần đây</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from the list.</source>
        <translation>%1 không còn tồn tại; đã xóa khỏi danh sách.</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>A backup must go to another file than the database itself.</source>
        <translation>Bản sao lưu phải được ghi ra một tệp khác với chính cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Đã sao lưu vào %1</translation>
    </message>
</context>
<context>
    <name>thidua::ui::DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date; type it as dd/mm/yyyy.</source>
        <translation>%1: &quot;%2&quot; không phải là ngày; hãy nhập theo dạng dd/mm/yyyy.</translation>
    </message>
</context>
<context>
    <name>thidua::ui::DecisionDialog</name>
    <message>
        <source>Record the Award Decision</source>
        <translation>Ghi quyết định khen thưởng</translation>
    </message>
    <message numerus="yes">
        <source>The decision settles %n accepted nomination(s): each gets its award record, with its number in the golden book and its cash from the rule data.</source>
        <translation>
            <numerusform>Quyết định áp dụng cho %n hồ sơ đề nghị đã được tiếp nhận: mỗi trường hợp được ghi nhận khen thưởng, kèm số vào sổ vàng và tiền thưởng theo quy định.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation>&amp;Số quyết định:</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>&amp;Ngày ký:</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>&amp;Cấp ra quyết định:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ngày ký</translation>
    </message>
</context>
<context>
    <name>thidua::ui::Dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>thidua::ui::DisciplineDialog</name>
    <message>
        <source>Add a discipline record</source>
        <translation>Thêm kỷ luật</translation>
    </message>
    <message>
        <source>Edit the discipline record</source>
        <translation>Sửa kỷ luật</translation>
    </message>
    <message>
        <source>e.g. Decision No. 12/QĐ-STP of 05/03/2024</source>
        <translation>vd. Quyết định số 12/QĐ-STP ngày 05/03/2024</translation>
    </message>
    <message>
        <source>Leave empty while no end is set.</source>
        <translation>Để trống khi chưa xác định ngày kết thúc.</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Quyết định:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đế&amp;n ngày:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
</context>
<context>
    <name>thidua::ui::DocumentExport</name>
    <message>
        <source>Export the List</source>
        <translation>Xuất danh sách</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not end in .pdf, .docx, .xlsx, .csv or .html; choose one of them.</source>
        <translation>&quot;%1&quot; không có đuôi .pdf, .docx, .xlsx, .csv hoặc .html; hãy chọn một trong các đuôi đó.</translation>
    </message>
    <message>
        <source>PDF for printing (*.pdf);;Word (*.docx);;Excel workbook (*.xlsx);;CSV text (*.csv);;Web page (*.html *.htm)</source>
        <translation>PDF để in (*.pdf);;Word (*.docx);;Bảng tính Excel (*.xlsx);;Văn bản CSV (*.csv);;Trang web (*.html *.htm)</translation>
    </message>
</context>
<context>
    <name>thidua::ui::DocumentPreview</name>
    <message>
        <source>Laying out the pages…</source>
        <translation>Đang dàn trang…</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>Đã hủy xem trước khi in.</translation>
    </message>
    <message>
        <source>The list has %1 pages, too many to preview; export it to PDF and print the file instead.</source>
        <translation>Danh sách có %1 trang, quá dài để xem trước; hãy xuất ra tệp PDF rồi in từ tệp đó.</translation>
    </message>
</context>
<context>
    <name>thidua::ui::EvidenceFiles</name>
    <message>
        <source>Attach evidence</source>
        <translation>Đính kèm minh chứng</translation>
    </message>
    <message>
        <source>Any file (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>Không mở được %1.</translation>
    </message>
    <message>
        <source>No file is attached to this self-score.</source>
        <translation>Điểm tự chấm này chưa có tệp minh chứng nào.</translation>
    </message>
</context>
<context>
    <name>thidua::ui::FirstStart</name>
    <message>
        <source>Welcome</source>
        <translation>Chào mừng</translation>
    </message>
    <message>
        <source>There is no database at %1 yet.

Start with an empty database, or with demonstration data (the justice sector 2018–2025) to try the application?</source>
        <translation>Chưa có cơ sở dữ liệu tại %1.

Bắt đầu với một cơ sở dữ liệu trống, hay với dữ liệu minh họa (ngành Tư pháp giai đoạn 2018–2025) để dùng thử ứng dụng?</translation>
    </message>
    <message>
        <source>No database was opened.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>Demonstration data</source>
        <translation>Dữ liệu minh họa</translation>
    </message>
    <message>
        <source>Writing demonstration data…</source>
        <translation>Đang ghi dữ liệu minh họa…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>thidua::ui::GuiEntry</name>
    <message>
        <source>Cannot Open the Database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>thidua::ui::ImportCheckPage</name>
    <message>
        <source>Chec&amp;k Again</source>
        <translation>Kiểm tra &amp;lại</translation>
    </message>
    <message>
        <source>Import &amp;nothing until every row is correct (all or nothing)</source>
        <translation>Không nhập gì cho đến khi mọi dòng đều đúng (tất cả hoặc &amp;không)</translation>
    </message>
    <message>
        <source>Import the correct rows and &amp;leave out the rows with problems</source>
        <translation>Nhập các dòng đúng, &amp;bỏ qua các dòng có lỗi</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Every row is checked against the catalogue. Nothing has been written yet.</source>
        <translation>Từng dòng được đối chiếu với danh mục. Chưa có gì được ghi.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Read the file again, after correcting it in Excel</source>
        <translation>Đọc lại tệp sau khi đã sửa trong Excel</translation>
    </message>
    <message>
        <source>When rows have problems</source>
        <translation>Khi có dòng lỗi</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>Đã dừng kiểm tra.</translation>
    </message>
    <message>
        <source>All %1 rows are correct.</source>
        <translation>Cả %1 dòng đều đúng.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 rows are correct; %n problem(s) to see below.</source>
        <translation>
            <numerusform>%1 trên %2 dòng đúng; %n lỗi được liệt kê dưới đây.</numerusform>
        </translation>
    </message>
    <message>
        <source>The text was converted from the old %1 encoding.</source>
        <translation>Chữ đã được chuyển từ bảng mã cũ %1 sang Unicode.</translation>
    </message>
    <message>
        <source>No row can be imported. Correct the file, save it, then choose Check Again.</source>
        <translation>Không có dòng nào nhập được. Sửa tệp, lưu lại, rồi chọn Kiểm tra lại.</translation>
    </message>
    <message>
        <source>%1 rows will be imported when you choose Import.</source>
        <translation>Sẽ nhập %1 dòng khi bạn chọn Nhập.</translation>
    </message>
    <message>
        <source>%1 rows will be imported; %2 rows with problems will be left out.</source>
        <translation>Sẽ nhập %1 dòng; bỏ qua %2 dòng có lỗi.</translation>
    </message>
    <message>
        <source>Nothing will be imported while rows have problems. Correct them in the file and choose Check Again, or leave those rows out.</source>
        <translation>Chưa nhập được khi còn dòng lỗi. Sửa các dòng đó trong tệp rồi chọn Kiểm tra lại, hoặc chọn bỏ qua các dòng lỗi.</translation>
    </message>
</context>
<context>
    <name>thidua::ui::ImportFilePage</name>
    <message>
        <source>&amp;Units — agencies, departments, sections</source>
        <translation>Đơn &amp;vị — cơ quan, vụ, cục, sở, phòng</translation>
    </message>
    <message>
        <source>&amp;People — officials and employees of the units</source>
        <translation>Cán &amp;bộ — công chức, viên chức, người lao động của các đơn vị</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Chọn tệp</translation>
    </message>
    <message>
        <source>Type the path or choose Browse</source>
        <translation>Gõ đường dẫn hoặc bấm Chọn tệp</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Tệ&amp;p:</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>Tệp chứa danh sách</translation>
    </message>
    <message>
        <source>Import from File</source>
        <translation>Nhập từ tệp</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Bảng tính (*.xlsx *.csv *.txt);;Sổ Excel (*.xlsx);;Tệp CSV (*.csv *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>&amp;Registrations — the titles people and collectives register for a year</source>
        <translation>Đăng &amp;ký thi đua — danh hiệu cá nhân, tập thể đăng ký trong năm</translation>
    </message>
    <message>
        <source>&amp;Evaluations — the yearly grades of people and units (HTXSNV, HTTNV …)</source>
        <translation>Đánh giá, &amp;xếp loại — kết quả xếp loại hằng năm của cá nhân, tập thể (HTXSNV, HTTNV …)</translation>
    </message>
    <message>
        <source>&amp;Discipline — reprimands, warnings and other discipline records</source>
        <translation>Kỷ &amp;luật — khiển trách, cảnh cáo và các hình thức kỷ luật khác</translation>
    </message>
    <message>
        <source>An Excel (XLSX) or CSV list, one row per unit, person or record under a row of column names. Nothing is written before the last step.</source>
        <translation>Danh sách Excel (XLSX) hoặc CSV, mỗi đơn vị, mỗi người hay mỗi bản ghi một dòng, dưới dòng tiêu đề cột. Chỉ đến bước cuối mới ghi dữ liệu.</translation>
    </message>
    <message>
        <source>Import the units first, then the people: each row of the other files names people or units that must already be in the catalogue.</source>
        <translation>Nhập đơn vị trước, rồi đến cán bộ: mỗi dòng của các tệp khác ghi cán bộ hoặc đơn vị phải có sẵn trong danh mục.</translation>
    </message>
    <message>
        <source>as the file says</source>
        <translation>theo tệp</translation>
    </message>
    <message>
        <source>&amp;Year of rows that name none:</source>
        <translation>&amp;Năm của các dòng không ghi năm:</translation>
    </message>
    <message>
        <source>Registrations and evaluations: a row&apos;s own &quot;Năm&quot; column comes first, then this year, then the year in the file&apos;s title (&quot;… NĂM 2025&quot;).</source>
        <translation>Đăng ký thi đua và xếp loại: lấy cột &quot;Năm&quot; của từng dòng trước, rồi đến năm chọn ở đây, sau cùng là năm ghi trong tên bảng (&quot;… NĂM 2025&quot;).</translation>
    </message>
    <message>
        <source>&amp;Awards — titles and forms received, with their decisions</source>
        <translation>&amp;Khen thưởng — danh hiệu, hình thức đã nhận, kèm quyết định</translation>
    </message>
    <message>
        <source>&amp;Initiatives — initiatives and research with their authors</source>
        <translation>&amp;Sáng kiến — sáng kiến, đề tài nghiên cứu và tác giả</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Trang tính:</translation>
    </message>
    <message>
        <source>The workbook has several sheets with data; one is imported at a time.</source>
        <translation>Bảng tính có nhiều trang tính có dữ liệu; mỗi lần nhập một trang.</translation>
    </message>
</context>
<context>
    <name>thidua::ui::ImportJob</name>
    <message>
        <source>Column %1</source>
        <translation>Cột %1</translation>
    </message>
</context>
<context>
    <name>thidua::ui::ImportMappingPage</name>
    <message>
        <source>&amp;Save as Template…</source>
        <translation>&amp;Lưu thành mẫu…</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Ghép cột</translation>
    </message>
    <message>
        <source>Choose the column of the file that holds each field. Fields marked * are required; the others may stay &quot;not imported&quot;.</source>
        <translation>Chọn cột của tệp chứa từng thông tin. Thông tin có dấu * là bắt buộc; các thông tin khác có thể để &quot;không nhập&quot;.</translation>
    </message>
    <message>
        <source>Remember these columns under a name, for the next file of the same shape</source>
        <translation>Ghi nhớ cách ghép cột này dưới một tên, dùng cho các tệp cùng mẫu sau này</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Mẫu:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Cột trong tệp</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Giá trị đầu tiên</translation>
    </message>
    <message>
        <source>The saved template &quot;%1&quot; fits this file and was applied.</source>
        <translation>Mẫu đã lưu &quot;%1&quot; khớp với tệp này và đã được áp dụng.</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— không nhập —</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <source>Required, unless %1 has a column</source>
        <translation>Bắt buộc, trừ khi đã chọn cột cho %1</translation>
    </message>
    <message>
        <source>By the file&apos;s headers</source>
        <translation>Theo tiêu đề cột của tệp</translation>
    </message>
    <message>
        <source>Every required field has a column.</source>
        <translation>Mọi thông tin bắt buộc đã có cột.</translation>
    </message>
    <message>
        <source>Every required field has a column. Not imported: %1.</source>
        <translation>Mọi thông tin bắt buộc đã có cột. Không nhập: %1.</translation>
    </message>
    <message>
        <source>(empty in the first rows)</source>
        <translation>(trống ở các dòng đầu)</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>Lưu thành mẫu</translation>
    </message>
    <message>
        <source>Name of the template, for example the office that sends such files:</source>
        <translation>Tên mẫu, ví dụ tên đơn vị gửi loại tệp này:</translation>
    </message>
    <message>
        <source>There is already a template named &quot;%1&quot;. Replace it?</source>
        <translation>Đã có mẫu tên &quot;%1&quot;. Thay mẫu đó?</translation>
    </message>
    <message>
        <source>Saved as the template &quot;%1&quot;.</source>
        <translation>Đã lưu thành mẫu &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>thidua::ui::ImportPreviewModel</name>
    <message>
        <source>From the file&apos;s column %1</source>
        <translation>Lấy từ cột %1 của tệp</translation>
    </message>
</context>
<context>
    <name>thidua::ui::ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>The first rows as they will be read. If a column looks wrong, go back and choose another.</source>
        <translation>Các dòng đầu, đúng như sẽ được đọc. Nếu cột nào sai, quay lại để chọn cột khác.</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;</source>
        <translation>%1, trang tính &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: the first %2 of %3 rows.</source>
        <translation>%1: %2 dòng đầu trong %3 dòng.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s).</source>
        <translation>
            <numerusform>%1: %n dòng.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was saved in the old %1 encoding; it is shown, and will be imported, converted to Unicode.</source>
        <translation>Tệp được lưu bằng bảng mã cũ %1; chữ được hiển thị và sẽ được nhập sau khi chuyển sang Unicode.</translation>
    </message>
    <message>
        <source>The workbook&apos;s other sheets with data are not imported with this one: %1. Import each in turn, choosing it in step 1.</source>
        <translation>Các trang tính khác có dữ liệu không được nhập cùng trang này: %1. Hãy nhập lần lượt từng trang, chọn trang ở bước 1.</translation>
    </message>
</context>
<context>
    <name>thidua::ui::ImportProblemsModel</name>
    <message>
        <source>whole file</source>
        <translation>cả tệp</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
</context>
<context>
    <name>thidua::ui::ImportProblemsView</name>
    <message>
        <source>&amp;Copy the List</source>
        <translation>&amp;Sao chép danh sách</translation>
    </message>
    <message>
        <source>Copy every problem, to paste into a spreadsheet or a message</source>
        <translation>Sao chép mọi lỗi để dán vào bảng tính hoặc thư</translation>
    </message>
</context>
<context>
    <name>thidua::ui::ImportResultPage</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Dừng</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Stop the import; nothing is written</source>
        <translation>Dừng nhập; không ghi gì</translation>
    </message>
    <message>
        <source>Writing to the catalogue, all in one go…</source>
        <translation>Đang ghi vào danh mục, một lần cho tất cả…</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Chưa ghi gì.</translation>
    </message>
    <message>
        <source>The import was stopped; the catalogue is as it was.</source>
        <translation>Đã dừng nhập; danh mục vẫn như cũ.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file now has rows with problems.</source>
        <translation>Chưa nhập gì: tệp hiện có dòng lỗi.</translation>
    </message>
    <message>
        <source>Correct them in the file and import it again.</source>
        <translation>Sửa các dòng đó trong tệp rồi nhập lại.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hoàn tất.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 units from %3.</source>
        <translation>Đã nhập %1 trên %2 đơn vị từ %3.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 people from %3.</source>
        <translation>Đã nhập %1 trên %2 cán bộ từ %3.</translation>
    </message>
    <message>
        <source>The lists of the program already show them.</source>
        <translation>Các danh sách trong chương trình đã cập nhật.</translation>
    </message>
    <message>
        <source>The rows below were left out; copy the list to correct them in the file.</source>
        <translation>Các dòng dưới đây đã bị bỏ qua; sao chép danh sách để sửa trong tệp.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 registrations from %3.</source>
        <translation>Đã nhập %1 trên %2 đăng ký thi đua từ %3.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 evaluations from %3.</source>
        <translation>Đã nhập %1 trên %2 kết quả xếp loại từ %3.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 discipline records from %3.</source>
        <translation>Đã nhập %1 trên %2 quyết định kỷ luật từ %3.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 awards from %3.</source>
        <translation>Đã nhập %1/%2 khen thưởng từ %3.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 initiatives from %3.</source>
        <translation>Đã nhập %1/%2 dòng sáng kiến từ %3.</translation>
    </message>
</context>
<context>
    <name>thidua::ui::ImportWizard</name>
    <message>
        <source>Import from File</source>
        <translation>Nhập từ tệp</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Bước %1/%2: %3</translation>
    </message>
</context>
<context>
    <name>thidua::ui::InitiativeDialog</name>
    <message>
        <source>&amp;Add author</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Bỏ</translation>
    </message>
    <message>
        <source>Record an Initiative</source>
        <translation>Nhập sáng kiến, đề tài</translation>
    </message>
    <message>
        <source>Type a name, e.g. nguyen thi lan</source>
        <translation>Gõ tên, ví dụ nguyen thi lan</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tê&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>Recognised at &amp;level:</source>
        <translation>&amp;Cấp công nhận:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Recognising &amp;decision:</source>
        <translation>&amp;Quyết định công nhận:</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>Ngày &amp;ký:</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>Cấp quyết đ&amp;ịnh:</translation>
    </message>
    <message>
        <source>A&amp;uthors:</source>
        <translation>Tác &amp;giả:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Ghi c&amp;hú:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ngày ký</translation>
    </message>
</context>
<context>
    <name>thidua::ui::InitiativeListModel</name>
    <message>
        <source>Not used yet</source>
        <translation>Chưa dùng</translation>
    </message>
    <message>
        <source>Initiative or research</source>
        <translation>Sáng kiến, đề tài</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Recognised by</source>
        <translation>Quyết định công nhận</translation>
    </message>
    <message>
        <source>Ground of the award of</source>
        <translation>Làm căn cứ khen thưởng theo</translation>
    </message>
</context>
<context>
    <name>thidua::ui::InputDialog</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>thidua::ui::LeadershipEditor</name>
    <message>
        <source>(nobody)</source>
        <translation>(chưa có)</translation>
    </message>
    <message>
        <source>Head and deputy head</source>
        <translation>Trưởng, Phó Trưởng cụm, khối</translation>
    </message>
    <message>
        <source>&amp;Head:</source>
        <translation>T&amp;rưởng:</translation>
    </message>
    <message>
        <source>&amp;Deputy head:</source>
        <translation>&amp;Phó Trưởng:</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>Số &amp;quyết định:</translation>
    </message>
    <message>
        <source>D&amp;ated:</source>
        <translation>N&amp;gày:</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>Cơ qu&amp;an ban hành:</translation>
    </message>
    <message>
        <source>Appointed by decision</source>
        <translation>Quyết định chỉ định</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Áp &amp;dụng</translation>
    </message>
    <message>
        <source>Record the head, the deputy head and the decision as one step</source>
        <translation>Ghi Trưởng, Phó Trưởng và quyết định chỉ định trong một bước</translation>
    </message>
</context>
<context>
    <name>thidua::ui::LongTask</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>thidua::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>Tạo cơ sở dữ liệu &amp;mới…</translation>
    </message>
    <message>
        <source>Create an empty database and work on it</source>
        <translation>Tạo một cơ sở dữ liệu trống và làm việc trên đó</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>Open a database file</source>
        <translation>Mở một tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Sao lưu…</translation>
    </message>
    <message>
        <source>Copy the database safely to another file</source>
        <translation>Sao chép an toàn cơ sở dữ liệu sang một tệp khác</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;About thidua</source>
        <translation>&amp;Giới thiệu thidua</translation>
    </message>
    <message>
        <source>Emulation &amp;year:</source>
        <translation>&amp;Năm thi đua:</translation>
    </message>
    <message>
        <source>The emulation year the work areas show</source>
        <translation>Năm thi đua mà các chức năng đang hiển thị</translation>
    </message>
    <message>
        <source>Emulation and Commendation</source>
        <translation>Thi đua - Khen thưởng</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Chưa mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The database was upgraded to this version; the previous file is kept as %1</source>
        <translation>Cơ sở dữ liệu đã được nâng cấp lên phiên bản này; tệp cũ được giữ tại %1</translation>
    </message>
    <message>
        <source>About thidua</source>
        <translation>Giới thiệu thidua</translation>
    </message>
    <message>
        <source>&lt;h3&gt;thidua %1&lt;/h3&gt;&lt;p&gt;Emulation and commendation work (thi đua, khen thưởng) for Vietnamese public agencies.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;thidua %1&lt;/h3&gt;&lt;p&gt;Phần mềm quản lý công tác thi đua, khen thưởng cho các cơ quan, đơn vị nhà nước Việt Nam.&lt;/p&gt;&lt;p&gt;Phần mềm tự do theo Giấy phép Công cộng GNU, phiên bản 3 hoặc bất kỳ phiên bản nào mới hơn (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Xây dựng với Qt %2, đang chạy trên Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import from File…</source>
        <translation>&amp;Nhập từ tệp…</translation>
    </message>
    <message>
        <source>Import units, people, registrations, evaluations or discipline from an Excel (XLSX) or CSV file</source>
        <translation>Nhập đơn vị, cán bộ, đăng ký thi đua, xếp loại hoặc kỷ luật từ tệp Excel (XLSX) hay CSV</translation>
    </message>
</context>
<context>
    <name>thidua::ui::MessageBox</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Empty database</source>
        <translation>Cơ sở dữ liệu trống</translation>
    </message>
    <message>
        <source>Demonstration data</source>
        <translation>Dữ liệu minh họa</translation>
    </message>
</context>
<context>
    <name>thidua::ui::MilestoneTable</name>
    <message>
        <source>Row %1 (%2 %3): &quot;%4&quot; is not a date; write it as dd/MM/yyyy.</source>
        <translation>Dòng %1 (%2 %3): &quot;%4&quot; không phải là ngày; hãy ghi theo dạng dd/MM/yyyy.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Type each review&apos;s date as dd/MM/yyyy; clear it when there is no review.</source>
        <translation>Ghi ngày của từng hội nghị sơ kết, tổng kết theo dạng dd/MM/yyyy; để trống nếu không tổ chức.</translation>
    </message>
</context>
<context>
    <name>thidua::ui::MovementDetails</name>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Thời gian:</translation>
    </message>
    <message>
        <source>Launched by:</source>
        <translation>Đơn vị phát động:</translation>
    </message>
    <message>
        <source>Launched on:</source>
        <translation>Ngày phát động:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Văn bản:</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Mục tiêu, chỉ tiêu</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Sơ kết, tổng kết</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) taking part:</source>
        <translation>
            <numerusform>%n đơn vị tham gia:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>thidua::ui::MovementDialog</name>
    <message>
        <source>&amp;Propose Dates</source>
        <translation>Đề &amp;xuất ngày</translation>
    </message>
    <message>
        <source>New Emulation Movement</source>
        <translation>Phát động phong trào thi đua</translation>
    </message>
    <message>
        <source>Edit Emulation Movement</source>
        <translation>Sửa phong trào thi đua</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <source>Units taking part</source>
        <translation>Đơn vị tham gia</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Sơ kết, tổng kết</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>One year</source>
        <translation>Một năm</translation>
    </message>
    <message>
        <source>A stage of several years</source>
        <translation>Một giai đoạn nhiều năm</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(chưa rõ)</translation>
    </message>
    <message>
        <source>e.g. Kế hoạch số 25/KH-BTP</source>
        <translation>ví dụ Kế hoạch số 25/KH-BTP</translation>
    </message>
    <message>
        <source>One target a line, in the order they are printed</source>
        <translation>Mỗi dòng một mục tiêu, chỉ tiêu, theo thứ tự in</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Launched by:</source>
        <translation>Đơn vị &amp;phát động:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Thời &amp;gian:</translation>
    </message>
    <message>
        <source>Launched &amp;on:</source>
        <translation>Ngày phát độ&amp;ng:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Văn bản:</translation>
    </message>
    <message>
        <source>&amp;Targets:</source>
        <translation>&amp;Mục tiêu, chỉ tiêu:</translation>
    </message>
</context>
<context>
    <name>thidua::ui::MovementListModel</name>
    <message>
        <source>Movement</source>
        <translation>Phong trào thi đua</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Launched by</source>
        <translation>Đơn vị phát động</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Số đơn vị tham gia</translation>
    </message>
    <message>
        <source>6-month review %1</source>
        <translation>Sơ kết 6 tháng %1</translation>
    </message>
    <message>
        <source>Year-end review %1</source>
        <translation>Tổng kết năm %1</translation>
    </message>
</context>
<context>
    <name>thidua::ui::MovementsPage</name>
    <message>
        <source>No movement runs in %1 yet.</source>
        <translation>Năm %1 chưa có phong trào thi đua nào.</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>sửa %1</translation>
    </message>
    <message>
        <source>launch %1</source>
        <translation>phát động %1</translation>
    </message>
    <message>
        <source>Delete Movement</source>
        <translation>Xóa phong trào thi đua</translation>
    </message>
    <message>
        <source>Delete the movement &quot;%1&quot;? Undo (Ctrl+Z) brings it back.</source>
        <translation>Xóa phong trào &quot;%1&quot;? Có thể hoàn tác (Ctrl+Z).</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>xóa %1</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>The movements running in the year: regular ones for the year&apos;s tasks and thematic ones for a stage, with their targets, the units taking part and the 6-month and year-end reviews.</source>
        <translation>Các phong trào thi đua diễn ra trong năm: thường xuyên theo nhiệm vụ của năm và theo chuyên đề theo giai đoạn, với mục tiêu, chỉ tiêu, đơn vị tham gia và các hội nghị sơ kết 6 tháng, tổng kết năm.</translation>
    </message>
    <message>
        <source>&amp;New Movement…</source>
        <translation>&amp;Phát động phong trào…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
</context>
<context>
    <name>thidua::ui::NextYearDialog</name>
    <message>
        <source>Copy the Clusters of %1 to %2</source>
        <translation>Sao chép cụm, khối năm %1 sang năm %2</translation>
    </message>
    <message>
        <source>The clusters and blocks of %1 with the same members. This year&apos;s deputy head is proposed as head and the next member in name order as deputy head; change them where the organiser decided otherwise. No appointing decision is copied: record %1&apos;s when it is issued.</source>
        <translation>Các cụm, khối thi đua năm %1 với cùng đơn vị thành viên. Phó Trưởng năm nay được đề xuất làm Trưởng, đơn vị kế tiếp theo thứ tự tên làm Phó Trưởng; hãy sửa lại nếu cơ quan tổ chức quyết định khác. Quyết định chỉ định không được sao chép: ghi quyết định năm %1 khi được ban hành.</translation>
    </message>
    <message>
        <source>Cluster or block</source>
        <translation>Cụm, khối thi đua</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Số thành viên</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Trưởng</translation>
    </message>
    <message>
        <source>Deputy head</source>
        <translation>Phó Trưởng</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message numerus="yes">
        <source>Create %n Cluster(s)</source>
        <translation>
            <numerusform>Tạo %n cụm, khối</numerusform>
        </translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(chưa có)</translation>
    </message>
</context>
<context>
    <name>thidua::ui::NominationDossier</name>
    <message>
        <source>Paper</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Ngày thêm</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <source>Attach a file to the chosen paper</source>
        <translation>Đính kèm một tệp vào thành phần hồ sơ đang chọn</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Gỡ tệp</translation>
    </message>
    <message>
        <source>Attach to %1</source>
        <translation>Đính kèm vào %1</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.xlsx *.jpg *.png);;Any file (*)</source>
        <translation>Văn bản (*.pdf *.docx *.doc *.xlsx *.jpg *.png);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>Không mở được %1.</translation>
    </message>
</context>
<context>
    <name>thidua::ui::NominationListModel</name>
    <message>
        <source>Candidate</source>
        <translation>Đối tượng đề nghị</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Proposed award</source>
        <translation>Hình thức đề nghị</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Đơn vị đề nghị</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Thành tích</translation>
    </message>
</context>
<context>
    <name>thidua::ui::NominationRecord</name>
    <message>
        <source>passed</source>
        <translation>đã quá hạn</translation>
    </message>
    <message>
        <source>unverified rule data</source>
        <translation>quy định chưa được kiểm chứng</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Proposed award</source>
        <translation>Hình thức đề nghị</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Đơn vị đề nghị</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Dossier due</source>
        <translation>Hạn nộp hồ sơ</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Thành tích</translation>
    </message>
    <message>
        <source>Awards received</source>
        <translation>Khen thưởng đã nhận</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Chưa có khen thưởng nào được ghi nhận.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Danh hiệu, hình thức</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <source>Amount (đ)</source>
        <translation>Tiền thưởng (đ)</translation>
    </message>
    <message>
        <source>revoked by %1</source>
        <translation>đã hủy bỏ theo quyết định %1</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>used by an award</source>
        <translation>đã dùng làm căn cứ khen thưởng</translation>
    </message>
    <message>
        <source>not yet used</source>
        <translation>chưa dùng làm căn cứ khen thưởng</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Eligibility:</source>
        <translation>Điều kiện khen thưởng:</translation>
    </message>
</context>
<context>
    <name>thidua::ui::NominationsPage</name>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message numerus="yes">
        <source>%n nominations chosen.</source>
        <translation>
            <numerusform>Đã chọn %n hồ sơ đề nghị.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a nomination to see it in full.</source>
        <translation>Chọn một hồ sơ đề nghị để xem đầy đủ.</translation>
    </message>
    <message>
        <source>Why does the nomination become &quot;%1&quot;?</source>
        <translation>Lý do chuyển hồ sơ đề nghị sang &quot;%1&quot;?</translation>
    </message>
    <message numerus="yes">
        <source>%n award(s) recorded.</source>
        <translation>
            <numerusform>Đã ghi nhận %n khen thưởng.</numerusform>
        </translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>Choose the nomination whose achievement report to draft.</source>
        <translation>Chọn hồ sơ đề nghị cần lập báo cáo thành tích.</translation>
    </message>
    <message>
        <source>Submission %1.pdf</source>
        <translation>Tờ trình đề nghị khen thưởng %1.pdf</translation>
    </message>
    <message>
        <source>Achievement report %1.pdf</source>
        <translation>Báo cáo thành tích %1.pdf</translation>
    </message>
    <message>
        <source>Nominations %1.pdf</source>
        <translation>Danh sách đề nghị khen thưởng %1.pdf</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Đã ghi vào %1.</translation>
    </message>
    <message>
        <source>The year&apos;s nominations for higher awards, by award in order of precedence: propose a candidate, complete the dossier, move it through submission and acceptance, and record the decision that gives the awards. Print the nomination list to sign.</source>
        <translation>Các hồ sơ đề nghị khen thưởng của năm, xếp theo thứ bậc hình thức khen thưởng: lập đề nghị, hoàn thiện hồ sơ, trình và tiếp nhận, rồi ghi quyết định khen thưởng. In danh sách đề nghị để trình ký.</translation>
    </message>
    <message>
        <source>Proposed &amp;by:</source>
        <translation>Đơn vị đề &amp;nghị:</translation>
    </message>
    <message>
        <source>Show c&amp;losed</source>
        <translation>Hiện cả hồ sơ đã đó&amp;ng</translation>
    </message>
    <message>
        <source>Also list the nominations withdrawn and those rejected</source>
        <translation>Liệt kê cả hồ sơ đã rút và hồ sơ không được khen thưởng</translation>
    </message>
    <message>
        <source>&amp;Order in the list:</source>
        <translation>&amp;Thứ tự trong danh sách:</translation>
    </message>
    <message>
        <source>By position</source>
        <translation>Theo chức vụ</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Theo tên</translation>
    </message>
    <message>
        <source>&amp;Propose…</source>
        <translation>&amp;Lập đề nghị…</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>Trìn&amp;h</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>Tiếp &amp;nhận</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>&amp;Trả lại…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Không khen thưởng…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Rú&amp;t…</translation>
    </message>
    <message>
        <source>Record &amp;Decision…</source>
        <translation>Ghi &amp;quyết định…</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Xem trước</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>Xuất tệ&amp;p</translation>
    </message>
    <message>
        <source>Nomination &amp;List</source>
        <translation>&amp;Danh sách đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>Nomination &amp;List…</source>
        <translation>&amp;Danh sách đề nghị khen thưởng…</translation>
    </message>
    <message>
        <source>&amp;Submission (Tờ trình)</source>
        <translation>&amp;Tờ trình</translation>
    </message>
    <message>
        <source>&amp;Submission (Tờ trình)…</source>
        <translation>&amp;Tờ trình…</translation>
    </message>
    <message>
        <source>&amp;Achievement Report of the Chosen One</source>
        <translation>&amp;Báo cáo thành tích của hồ sơ đang chọn</translation>
    </message>
    <message>
        <source>&amp;Achievement Report of the Chosen One…</source>
        <translation>&amp;Báo cáo thành tích của hồ sơ đang chọn…</translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation>Đề nghị</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Award history</source>
        <translation>Quá trình khen thưởng</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Xuất tệp…</translation>
    </message>
</context>
<context>
    <name>thidua::ui::OverviewPage</name>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Individual registrations</source>
        <translation>Lượt đăng ký cá nhân</translation>
    </message>
    <message>
        <source>Collective registrations</source>
        <translation>Lượt đăng ký tập thể</translation>
    </message>
    <message>
        <source>Emulation clusters and blocks</source>
        <translation>Cụm, khối thi đua</translation>
    </message>
    <message>
        <source>No emulation cluster or block is recorded for this year.</source>
        <translation>Năm này chưa có cụm, khối thi đua nào.</translation>
    </message>
    <message>
        <source>Key figures of the emulation year %1.</source>
        <translation>Số liệu chính của năm thi đua %1.</translation>
    </message>
    <message>
        <source>Emulation clusters and blocks in %1</source>
        <translation>Các cụm, khối thi đua năm %1</translation>
    </message>
    <message>
        <source>No emulation year is recorded in this database yet.</source>
        <translation>Cơ sở dữ liệu này chưa có năm thi đua nào.</translation>
    </message>
    <message>
        <source>Share of people who registered</source>
        <translation>Tỷ lệ cán bộ đăng ký thi đua</translation>
    </message>
</context>
<context>
    <name>thidua::ui::PeopleModel</name>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
</context>
<context>
    <name>thidua::ui::PeoplePage</name>
    <message>
        <source>Search by name, with or without diacritics (Ctrl+F)</source>
        <translation>Tìm theo họ tên, gõ có dấu hay không dấu đều được (Ctrl+F)</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 người</translation>
    </message>
    <message>
        <source>Rename or merge units…</source>
        <translation>Đổi tên, sáp nhập đơn vị…</translation>
    </message>
    <message>
        <source>Record a unit&apos;s new name or its merger into another unit from a date, keeping its past</source>
        <translation>Ghi nhận tên mới của đơn vị hoặc việc sáp nhập vào đơn vị khác từ một ngày, giữ lại lịch sử</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Chuyển công tác…</translation>
    </message>
    <message>
        <source>Move the selected person to another unit or position from a date, keeping the postings so far</source>
        <translation>Chuyển người đang chọn sang đơn vị hoặc chức vụ khác từ một ngày, giữ lại quá trình công tác</translation>
    </message>
    <message>
        <source>Add a unit under the unit chosen in the tree</source>
        <translation>Thêm một đơn vị trực thuộc đơn vị đang chọn trong cây</translation>
    </message>
    <message>
        <source>Change the chosen unit&apos;s kind, place in the tree, legal personality or dates (F2 in the tree)</source>
        <translation>Sửa loại, vị trí trong cây, tư cách pháp nhân hoặc thời gian hoạt động của đơn vị đang chọn (F2 trong cây)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Grades…</source>
        <translation>Xếp loại…</translation>
    </message>
    <message>
        <source>The yearly evaluation grades of the chosen unit as a collective</source>
        <translation>Xếp loại hằng năm của tập thể đơn vị đang chọn</translation>
    </message>
    <message>
        <source>Add a person to the unit chosen in the tree</source>
        <translation>Thêm cán bộ vào đơn vị đang chọn trong cây</translation>
    </message>
    <message>
        <source>Correct the selected person&apos;s name, gender, date of birth, identity number or position (Enter or double click in the list)</source>
        <translation>Sửa họ tên, giới tính, ngày sinh, số định danh hoặc chức vụ của người đang chọn (Enter hoặc nhấp đúp trong danh sách)</translation>
    </message>
    <message>
        <source>Grades, discipline…</source>
        <translation>Đánh giá, kỷ luật…</translation>
    </message>
    <message>
        <source>The selected person&apos;s yearly evaluation grades and discipline records</source>
        <translation>Xếp loại hằng năm và kỷ luật của người đang chọn</translation>
    </message>
</context>
<context>
    <name>thidua::ui::PersonDialog</name>
    <message>
        <source>or the full name, then Tab</source>
        <translation>hoặc cả họ và tên, rồi nhấn Tab</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 chữ số</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Họ:</translation>
    </message>
    <message>
        <source>&amp;Middle name:</source>
        <translation>Tên đệ&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>G&amp;ender:</source>
        <translation>&amp;Giới tính:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Ngày &amp;sinh:</translation>
    </message>
    <message>
        <source>&amp;Identity number:</source>
        <translation>Số định &amp;danh cá nhân:</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Thêm cán bộ</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <source>The unit changes through a transfer, which keeps the postings so far.</source>
        <translation>Đơn vị chỉ thay đổi qua chuyển công tác, để giữ lại quá trình công tác.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Unit: choose the unit the person works in.</source>
        <translation>Đơn vị: chọn đơn vị nơi cán bộ công tác.</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
</context>
<context>
    <name>thidua::ui::ProposeDialog</name>
    <message>
        <source>Propose for an Award (%1)</source>
        <translation>Lập đề nghị khen thưởng (%1)</translation>
    </message>
    <message>
        <source>&amp;Award:</source>
        <translation>&amp;Hình thức đề nghị:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại hình:</translation>
    </message>
    <message>
        <source>Proposed &amp;by:</source>
        <translation>Đơn vị đề &amp;nghị:</translation>
    </message>
    <message>
        <source>A&amp;chievements:</source>
        <translation>Thành tíc&amp;h:</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Lập đề nghị</translation>
    </message>
</context>
<context>
    <name>thidua::ui::RankingModel</name>
    <message numerus="yes">
        <source>%n item(s) still without points.</source>
        <translation>
            <numerusform>Còn %n tiêu chí chưa có điểm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Điểm tiêu chí</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Thưởng</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Trừ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Rank without</source>
        <translation>Hạng nếu bỏ</translation>
    </message>
    <message>
        <source>Total without</source>
        <translation>Tổng nếu bỏ</translation>
    </message>
</context>
<context>
    <name>thidua::ui::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Mở tệp &amp;gần đây</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Chưa có cơ sở dữ liệu nào mở gần đây</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Xóa danh sách</translation>
    </message>
</context>
<context>
    <name>thidua::ui::RegistrationCommands</name>
    <message>
        <source>titles of %1</source>
        <translation>danh hiệu của %1</translation>
    </message>
</context>
<context>
    <name>thidua::ui::RegistrationSheetModel</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Titles registered</source>
        <translation>Danh hiệu đăng ký</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>thidua::ui::RegistrationsPage</name>
    <message>
        <source>The year %1 has no emulation period yet.</source>
        <translation>Năm %1 chưa có kỳ thi đua.</translation>
    </message>
    <message>
        <source>Registered: %1 of %2 staff (%3%)</source>
        <translation>Đã đăng ký: %1/%2 cán bộ (%3%)</translation>
    </message>
    <message>
        <source>%1 is closed</source>
        <translation>%1 đã khóa sổ</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Hạn đăng ký: %1</translation>
    </message>
    <message>
        <source>Row %1 (%2): &quot;%3&quot; is not a title; nothing was pasted.</source>
        <translation>Dòng %1 (%2): &quot;%3&quot; không phải danh hiệu; chưa dán gì.</translation>
    </message>
    <message numerus="yes">
        <source>paste %n row(s)</source>
        <translation>
            <numerusform>dán %n dòng</numerusform>
        </translation>
    </message>
    <message>
        <source>register %1 for %2</source>
        <translation>đăng ký %2 cho %1</translation>
    </message>
    <message>
        <source>Type the titles each person registers for (LĐTT, CSTĐCS …); Enter moves down, Ctrl+V pastes a column from Excel, Ctrl+Z undoes.</source>
        <translation>Gõ danh hiệu mỗi người đăng ký (LĐTT, CSTĐCS …); Enter xuống dòng, Ctrl+V dán một cột từ Excel, Ctrl+Z hoàn tác.</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>Register the whole unit &amp;for:</source>
        <translation>Đăng ký cho cả đơn vị &amp;danh hiệu:</translation>
    </message>
    <message>
        <source>&amp;Register Everyone</source>
        <translation>Đăng &amp;ký cho tất cả</translation>
    </message>
    <message>
        <source>U&amp;ndo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Reading the registrations: %1 so far…</source>
        <translation>Đang đọc danh sách đăng ký: đã đọc %1 lượt…</translation>
    </message>
    <message>
        <source>Registration list %1</source>
        <translation>Danh sách đăng ký thi đua năm %1</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) written to %1.</source>
        <translation>
            <numerusform>Đã ghi %n lượt đăng ký vào tệp %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print List…</source>
        <translation>&amp;In danh sách…</translation>
    </message>
    <message>
        <source>E&amp;xport List…</source>
        <translation>&amp;Xuất danh sách…</translation>
    </message>
    <message>
        <source>A&amp;ll units</source>
        <translation>Tất &amp;cả đơn vị</translation>
    </message>
    <message>
        <source>Print or export the list of every unit instead of the chosen unit and the units below it.</source>
        <translation>In hoặc xuất danh sách của mọi đơn vị, thay vì chỉ đơn vị đang chọn và các đơn vị trực thuộc.</translation>
    </message>
    <message>
        <source>Return the registrations</source>
        <translation>Trả lại đăng ký</translation>
    </message>
    <message>
        <source>Why are the registrations of %1 returned? The unit reads this to correct them.</source>
        <translation>Vì sao trả lại đăng ký của %1? Đơn vị sẽ đọc lý do này để sửa lại.</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) now &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n đăng ký chuyển sang &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Gửi đăng ký</translation>
    </message>
    <message>
        <source>Send the unit&apos;s registrations to the emulation office</source>
        <translation>Gửi các đăng ký của đơn vị tới bộ phận thi đua, khen thưởng</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Chấp nhận</translation>
    </message>
    <message>
        <source>Accept the registrations the unit has submitted</source>
        <translation>Chấp nhận các đăng ký đơn vị đã gửi</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>&amp;Trả lại…</translation>
    </message>
    <message>
        <source>Send the unit&apos;s submitted registrations back with a reason</source>
        <translation>Trả lại các đăng ký đơn vị đã gửi, kèm lý do</translation>
    </message>
</context>
<context>
    <name>thidua::ui::ReorganiseDialog</name>
    <message>
        <source>Rename or merge units</source>
        <translation>Đổi tên, sáp nhập đơn vị</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Sáp nhập</translation>
    </message>
    <message>
        <source>e.g. Decision No. 12/QĐ-BTP</source>
        <translation>ví dụ: Quyết định số 12/QĐ-BTP</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Quyết định:</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>Tên &amp;mới:</translation>
    </message>
    <message>
        <source>The former name is kept: documents about earlier years print the name of the time.</source>
        <translation>Tên cũ được lưu lại: văn bản về những năm trước vẫn in tên gọi của thời điểm đó.</translation>
    </message>
    <message>
        <source>&amp;Merge the unit:</source>
        <translation>Sáp &amp;nhập đơn vị:</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Vào đơn vị:</translation>
    </message>
    <message>
        <source>The merged unit closes the day before; its people and sections move to the other unit, its past registrations and awards stay its own.</source>
        <translation>Đơn vị bị sáp nhập chấm dứt hoạt động từ ngày hôm trước; cán bộ và các phòng, ban chuyển sang đơn vị tiếp nhận; đăng ký thi đua và khen thưởng trước đây vẫn thuộc về đơn vị cũ.</translation>
    </message>
</context>
<context>
    <name>thidua::ui::ReportsPage</name>
    <message>
        <source>Situation (added to part I)</source>
        <translation>Đặc điểm, tình hình (bổ sung phần I)</translation>
    </message>
    <message>
        <source>Joint activities of the cluster</source>
        <translation>Hoạt động chung của Cụm</translation>
    </message>
    <message>
        <source>Shortcomings and their causes</source>
        <translation>Tồn tại, hạn chế và nguyên nhân</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Bài học kinh nghiệm</translation>
    </message>
    <message>
        <source>Directions and tasks ahead</source>
        <translation>Phương hướng, nhiệm vụ</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Kiến nghị, đề xuất</translation>
    </message>
    <message>
        <source>Delegates elected (one a line)</source>
        <translation>Đại biểu được bầu (mỗi người một dòng)</translation>
    </message>
    <message>
        <source>Discussion at the conference (minutes)</source>
        <translation>Ý kiến thảo luận tại hội nghị (biên bản)</translation>
    </message>
    <message>
        <source>The chair&apos;s conclusion (minutes)</source>
        <translation>Kết luận của chủ trì (biên bản)</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translation>C&amp;hủ trì:</translation>
    </message>
    <message>
        <source>Chair&apos;s position:</source>
        <translation>Chức vụ của chủ trì:</translation>
    </message>
    <message>
        <source>&amp;Secretary:</source>
        <translation>&amp;Thư ký:</translation>
    </message>
    <message>
        <source>Secretary&apos;s position:</source>
        <translation>Chức vụ của thư ký:</translation>
    </message>
    <message>
        <source>Presents State awards:</source>
        <translation>Trao khen thưởng cấp Nhà nước:</translation>
    </message>
    <message>
        <source>Presents ministry awards:</source>
        <translation>Trao khen thưởng cấp Bộ, ngành, tỉnh:</translation>
    </message>
    <message>
        <source>Presents grassroots awards:</source>
        <translation>Trao khen thưởng cấp cơ sở:</translation>
    </message>
    <message>
        <source>Choose the cluster or unit of the report.</source>
        <translation>Hãy chọn cụm hoặc đơn vị của báo cáo.</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Đã ghi vào %1.</translation>
    </message>
    <message>
        <source>The conference reports drafted from what is recorded: the year-end summary, the six-month review and the five-year advanced-model conference of a cluster, a unit or an organiser, with the conference&apos;s honoree list, presentation order and minutes. Write what the data cannot say below; it is kept as you type.</source>
        <translation>Báo cáo hội nghị soạn sẵn từ dữ liệu đã ghi nhận: tổng kết năm, sơ kết 6 tháng và hội nghị điển hình tiên tiến 5 năm của một cụm, một đơn vị hoặc một cơ quan tổ chức, kèm danh sách khen thưởng, kịch bản trao thưởng và biên bản hội nghị. Những gì dữ liệu không nói được, hãy viết ở dưới; nội dung được lưu ngay khi gõ.</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Báo cáo:</translation>
    </message>
    <message>
        <source>Year-end summary</source>
        <translation>Tổng kết năm</translation>
    </message>
    <message>
        <source>Six-month review</source>
        <translation>Sơ kết 6 tháng</translation>
    </message>
    <message>
        <source>Five-year advanced-model conference</source>
        <translation>Hội nghị điển hình tiên tiến 5 năm</translation>
    </message>
    <message>
        <source>&amp;Of:</source>
        <translation>&amp;Của:</translation>
    </message>
    <message>
        <source>A cluster or block</source>
        <translation>Cụm, khối thi đua</translation>
    </message>
    <message>
        <source>A unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>An organiser</source>
        <translation>Cơ quan tổ chức cụm</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>Tài &amp;liệu:</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Honoree list</source>
        <translation>Danh sách khen thưởng</translation>
    </message>
    <message>
        <source>Presentation order</source>
        <translation>Kịch bản trao thưởng</translation>
    </message>
    <message>
        <source>Conference minutes</source>
        <translation>Biên bản hội nghị</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Xem trước…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>Xuất tệ&amp;p…</translation>
    </message>
    <message>
        <source>Written parts</source>
        <translation>Phần viết</translation>
    </message>
    <message>
        <source>The conference</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <source>What you type here prints in the report as written, a paragraph a line. Left empty, the report prints lines of dots to fill in by hand.</source>
        <translation>Nội dung gõ ở đây được in vào báo cáo đúng như đã viết, mỗi dòng một đoạn. Để trống thì báo cáo in dòng chấm để điền tay.</translation>
    </message>
    <message>
        <source>Name, position: Nguyễn Văn A, Thứ trưởng Bộ Tư pháp</source>
        <translation>Họ tên, chức vụ: Nguyễn Văn A, Thứ trưởng Bộ Tư pháp</translation>
    </message>
    <message>
        <source>Conference &amp;day:</source>
        <translation>N&amp;gày hội nghị:</translation>
    </message>
    <message>
        <source>Conference day</source>
        <translation>Ngày hội nghị</translation>
    </message>
    <message>
        <source>What the data says</source>
        <translation>Số liệu</translation>
    </message>
</context>
<context>
    <name>thidua::ui::RevokeDialog</name>
    <message>
        <source>Revoke an Award</source>
        <translation>Thu hồi khen thưởng</translation>
    </message>
    <message>
        <source>e.g. the achievements were declared falsely</source>
        <translation>ví dụ: kê khai thành tích không đúng</translation>
    </message>
    <message>
        <source>%1
The record stays, marked revoked with the decision below; it no longer counts toward higher awards.</source>
        <translation>%1
Bản ghi vẫn được giữ, đánh dấu đã thu hồi theo quyết định dưới đây; không còn được tính làm căn cứ cho khen thưởng cao hơn.</translation>
    </message>
    <message>
        <source>Revoking &amp;decision:</source>
        <translation>&amp;Quyết định thu hồi:</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>&amp;Ngày ký:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ngày ký</translation>
    </message>
</context>
<context>
    <name>thidua::ui::ScoreGridModel</name>
    <message>
        <source>quantitative, against a target</source>
        <translation>định lượng, theo chỉ tiêu</translation>
    </message>
    <message>
        <source>passed or failed</source>
        <translation>đạt hoặc không đạt</translation>
    </message>
    <message>
        <source>points per occurrence</source>
        <translation>chấm theo số lần</translation>
    </message>
    <message>
        <source>bonus</source>
        <translation>điểm thưởng</translation>
    </message>
    <message>
        <source>penalty, taken off</source>
        <translation>điểm trừ</translation>
    </message>
    <message>
        <source>Self-score: %1</source>
        <translation>Tự chấm: %1</translation>
    </message>
    <message>
        <source>Why it differs: %1</source>
        <translation>Lý do khác điểm tự chấm: %1</translation>
    </message>
    <message>
        <source>Result of the round: %1</source>
        <translation>Kết quả của đợt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still without points.</source>
        <translation>
            <numerusform>Còn %n tiêu chí chưa có điểm.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — at most %2 points (%3)</source>
        <translation>%1 — tối đa %2 điểm (%3)</translation>
    </message>
    <message>
        <source>%1 points an occurrence</source>
        <translation>%1 điểm mỗi lần</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Points on the criteria</source>
        <translation>Điểm theo các tiêu chí</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Thưởng</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Trừ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>The unit&apos;s own total</source>
        <translation>Tổng điểm đơn vị tự chấm</translation>
    </message>
    <message>
        <source>The round&apos;s total: the mean of its scorers on each item</source>
        <translation>Tổng điểm của đợt: trung bình điểm của những người chấm ở từng tiêu chí</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of points.</source>
        <translation>&quot;%1&quot; không phải là số điểm.</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Tệp minh chứng: %1</translation>
    </message>
</context>
<context>
    <name>thidua::ui::ScoringPage</name>
    <message>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cụm:</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>Đợt c&amp;hấm:</translation>
    </message>
    <message>
        <source>&amp;Points of:</source>
        <translation>Điểm c&amp;ủa:</translation>
    </message>
    <message>
        <source>Whose points the grid shows and edits: each unit&apos;s self-score, or one scorer&apos;s</source>
        <translation>Bảng hiện và cho sửa điểm của ai: điểm tự chấm của từng đơn vị, hay điểm của một đơn vị chấm</translation>
    </message>
    <message>
        <source>Criteria &amp;table…</source>
        <translation>&amp;Bảng tiêu chí…</translation>
    </message>
    <message>
        <source>Edit the organiser&apos;s criteria table for the year</source>
        <translation>Sửa bảng tiêu chí chấm điểm của cơ quan tổ chức cụm cho năm này</translation>
    </message>
    <message>
        <source>Every &amp;member scores</source>
        <translation>Mọi &amp;thành viên cùng chấm</translation>
    </message>
    <message>
        <source>Let every member unit score the others, not only the head and deputy units</source>
        <translation>Cho mọi đơn vị thành viên chấm điểm các đơn vị khác, không chỉ đơn vị Trưởng, Phó trưởng cụm</translation>
    </message>
    <message>
        <source>C&amp;lose the round…</source>
        <translation>&amp;Khóa đợt chấm…</translation>
    </message>
    <message>
        <source>Close the round: its points can no longer change until it is reopened</source>
        <translation>Khóa đợt chấm: không sửa được điểm cho đến khi mở lại</translation>
    </message>
    <message>
        <source>Re&amp;open the round…</source>
        <translation>Mở &amp;lại đợt chấm…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Làm lạ&amp;i</translation>
    </message>
    <message>
        <source>&amp;Make the criteria table…</source>
        <translation>Lập &amp;bảng tiêu chí…</translation>
    </message>
    <message>
        <source>Start from &amp;last year&apos;s table</source>
        <translation>Dùng bảng của &amp;năm trước</translation>
    </message>
    <message>
        <source>&amp;Open the round</source>
        <translation>&amp;Mở đợt chấm</translation>
    </message>
    <message>
        <source>Score &amp;grid</source>
        <translation>Bảng đ&amp;iểm</translation>
    </message>
    <message>
        <source>Ran&amp;king</source>
        <translation>&amp;Xếp hạng</translation>
    </message>
    <message>
        <source>&amp;What if the points of this scorer were left out:</source>
        <translation>&amp;Nếu bỏ điểm của người chấm này:</translation>
    </message>
    <message>
        <source>let every member score</source>
        <translation>cho mọi thành viên cùng chấm</translation>
    </message>
    <message>
        <source>let only head and deputy score</source>
        <translation>chỉ Trưởng, Phó trưởng cụm chấm</translation>
    </message>
    <message>
        <source>There are no clusters or blocks in %1: set them up on the Clusters page first.</source>
        <translation>Năm %1 chưa có cụm, khối thi đua: hãy lập ở trang Cụm, khối thi đua trước.</translation>
    </message>
    <message>
        <source>%1 has no criteria table for %2 yet. Make it, or start from last year&apos;s and change what is new.</source>
        <translation>%1 chưa có bảng tiêu chí chấm điểm năm %2. Hãy lập bảng, hoặc dùng bảng của năm trước rồi sửa những điểm mới.</translation>
    </message>
    <message>
        <source>%1 has not been opened yet. Opening it lets the units self-score and the head and deputy units score the others.</source>
        <translation>%1 chưa được mở. Khi mở, các đơn vị tự chấm điểm và đơn vị Trưởng, Phó trưởng cụm chấm điểm các đơn vị khác.</translation>
    </message>
    <message>
        <source>Each unit&apos;s self-score</source>
        <translation>Điểm tự chấm của từng đơn vị</translation>
    </message>
    <message>
        <source>(every scorer counts)</source>
        <translation>(tính điểm của mọi người chấm)</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) would change rank.</source>
        <translation>
            <numerusform>%n đơn vị sẽ đổi hạng.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total points</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <source>Closed on %1.</source>
        <translation>Đã khóa ngày %1.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message numerus="yes">
        <source>Open: %n self-score(s) still missing.</source>
        <translation>
            <numerusform>Đang mở: còn thiếu %n điểm tự chấm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open: every unit has scored itself.</source>
        <translation>Đang mở: mọi đơn vị đã tự chấm đủ.</translation>
    </message>
    <message>
        <source>Why the points differ</source>
        <translation>Lý do chấm khác điểm tự chấm</translation>
    </message>
    <message>
        <source>%1 gave itself %2 on %3. Why does %4 give %5?</source>
        <translation>%1 tự chấm %2 điểm ở tiêu chí %3. Vì sao %4 cho %5 điểm?</translation>
    </message>
    <message>
        <source>points of %1 on %2</source>
        <translation>điểm của %1 ở tiêu chí %2</translation>
    </message>
    <message>
        <source>Nothing was pasted: &quot;%1&quot; (line %2, cell %3) is not a number of points.</source>
        <translation>Chưa dán gì: &quot;%1&quot; (dòng %2, ô %3) không phải là số điểm.</translation>
    </message>
    <message numerus="yes">
        <source>paste %n point(s)</source>
        <translation>
            <numerusform>dán %n điểm</numerusform>
        </translation>
    </message>
    <message>
        <source>criteria table of %1 for %2</source>
        <translation>bảng tiêu chí của %1 năm %2</translation>
    </message>
    <message>
        <source>Close with points missing</source>
        <translation>Khóa khi còn thiếu điểm</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still have no scorer&apos;s points. Why does the round close without them?</source>
        <translation>
            <numerusform>Còn %n tiêu chí chưa có điểm của người chấm. Vì sao khóa đợt chấm khi còn thiếu?</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the round</source>
        <translation>Khóa đợt chấm</translation>
    </message>
    <message>
        <source>Close %1? Its points can no longer change until it is reopened.</source>
        <translation>Khóa %1? Sẽ không sửa được điểm cho đến khi mở lại.</translation>
    </message>
    <message>
        <source>close the round</source>
        <translation>khóa đợt chấm</translation>
    </message>
    <message>
        <source>Reopen the round</source>
        <translation>Mở lại đợt chấm</translation>
    </message>
    <message>
        <source>Reopen the round so that its points can change again? The reopening is recorded.</source>
        <translation>Mở lại đợt chấm để sửa điểm? Việc mở lại được ghi vào nhật ký.</translation>
    </message>
    <message>
        <source>reopen the round</source>
        <translation>mở lại đợt chấm</translation>
    </message>
    <message>
        <source>E&amp;xport score sheet…</source>
        <translation>&amp;Xuất phiếu chấm điểm…</translation>
    </message>
    <message>
        <source>Write the selected unit&apos;s score sheet as XLSX or CSV, for the unit to fill in and send back</source>
        <translation>Xuất phiếu chấm điểm của đơn vị đang chọn ra XLSX hoặc CSV để đơn vị điền rồi gửi lại</translation>
    </message>
    <message>
        <source>&amp;Import score sheet…</source>
        <translation>&amp;Nhập phiếu chấm điểm…</translation>
    </message>
    <message>
        <source>Read a filled-in score sheet: the self-scores, or the points of the scorer chosen above</source>
        <translation>Nhập phiếu chấm điểm đã điền: điểm tự chấm, hoặc điểm của đơn vị chấm đang chọn ở trên</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>Chưa nhập gì:</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>dòng %1</translation>
    </message>
    <message>
        <source>, column &quot;%1&quot;</source>
        <translation>, cột &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Export score sheet</source>
        <translation>Xuất phiếu chấm điểm</translation>
    </message>
    <message>
        <source>Score sheet - %1.xlsx</source>
        <translation>Phiếu chấm điểm - %1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Bảng tính Excel (*.xlsx);;Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import score sheet</source>
        <translation>Nhập phiếu chấm điểm</translation>
    </message>
    <message>
        <source>Score sheets (*.xlsx *.csv)</source>
        <translation>Phiếu chấm điểm (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Points against &amp;targets…</source>
        <translation>Chấm theo &amp;chỉ tiêu…</translation>
    </message>
    <message>
        <source>Work out a quantitative criterion&apos;s points for every unit from its target and result</source>
        <translation>Tính điểm tiêu chí định lượng của mọi đơn vị từ chỉ tiêu và kết quả thực hiện</translation>
    </message>
    <message>
        <source>Attach &amp;evidence…</source>
        <translation>Đính kèm &amp;minh chứng…</translation>
    </message>
    <message>
        <source>Attach a file (a report, a decision) to the unit&apos;s self-score on the chosen criterion</source>
        <translation>Đính kèm một tệp (báo cáo, quyết định) làm minh chứng cho điểm tự chấm của đơn vị ở tiêu chí đang chọn</translation>
    </message>
    <message>
        <source>Open evidence</source>
        <translation>Mở minh chứng</translation>
    </message>
    <message>
        <source>Open the files attached to the chosen cell&apos;s self-score</source>
        <translation>Mở các tệp minh chứng của điểm tự chấm ở ô đang chọn</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>Ranking…</source>
        <translation>Bảng xếp hạng…</translation>
    </message>
    <message>
        <source>Scoring Table…</source>
        <translation>Bảng chấm điểm…</translation>
    </message>
    <message>
        <source>Choose a cell of a criterion scored against a target first.</source>
        <translation>Hãy chọn trước một ô của tiêu chí chấm theo chỉ tiêu.</translation>
    </message>
    <message>
        <source>Choose whose points these are in &quot;Points of&quot;: points against targets compare every unit, so a scorer gives them.</source>
        <translation>Hãy chọn người chấm ở ô &quot;Điểm của&quot;: điểm theo chỉ tiêu so sánh mọi đơn vị nên do đơn vị chấm cho.</translation>
    </message>
    <message>
        <source>Target %1, result %2</source>
        <translation>Chỉ tiêu %1, thực hiện %2</translation>
    </message>
    <message>
        <source>points against targets on %1</source>
        <translation>điểm theo chỉ tiêu ở tiêu chí %1</translation>
    </message>
    <message>
        <source>Choose the unit&apos;s cell of the criterion first.</source>
        <translation>Hãy chọn trước ô của đơn vị ở tiêu chí cần đính kèm.</translation>
    </message>
    <message>
        <source>Choose a cluster first.</source>
        <translation>Hãy chọn cụm trước.</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>Scoring table</source>
        <translation>Bảng chấm điểm</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Đã ghi vào %1.</translation>
    </message>
</context>
<context>
    <name>thidua::ui::ScoringSteps</name>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>A criteria table cannot be taken back once made; edit it instead.</source>
        <translation>Không thể hoàn tác việc lập bảng tiêu chí; hãy sửa bảng.</translation>
    </message>
</context>
<context>
    <name>thidua::ui::Screenshots</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder.</source>
        <translation>Không tạo được thư mục tạm.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
</context>
<context>
    <name>thidua::ui::SettingsPage</name>
    <message>
        <source>User interface</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>The change applies at once and is remembered for the next start.</source>
        <translation>Thay đổi có hiệu lực ngay và được ghi nhớ cho lần khởi động sau.</translation>
    </message>
</context>
<context>
    <name>thidua::ui::SubmissionDialog</name>
    <message>
        <source>Number and Recipients of the Submission</source>
        <translation>Số và nơi gửi tờ trình</translation>
    </message>
    <message>
        <source>The number the clerk&apos;s office gave the submission (tờ trình) and whom it is sent to (&quot;Kính gửi&quot;), one recipient a line. Left empty, they print as dots to fill in by hand.</source>
        <translation>Số mà văn thư cấp cho tờ trình và nơi gửi (&quot;Kính gửi&quot;), mỗi nơi một dòng. Để trống thì văn bản in dấu chấm để điền tay.</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số:</translation>
    </message>
    <message>
        <source>&amp;Sent to:</source>
        <translation>&amp;Kính gửi:</translation>
    </message>
</context>
<context>
    <name>thidua::ui::TargetsDialog</name>
    <message>
        <source>Points against targets: %1</source>
        <translation>Chấm điểm theo chỉ tiêu: %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>Points (of %1)</source>
        <translation>Điểm (tối đa %1)</translation>
    </message>
    <message>
        <source>Type each unit&apos;s target and result. A unit without a target is measured against the best result of the units without one; leave both empty to give no points.</source>
        <translation>Nhập chỉ tiêu và kết quả thực hiện của từng đơn vị. Đơn vị không được giao chỉ tiêu được so với kết quả tốt nhất của các đơn vị không có chỉ tiêu; để trống cả hai thì không cho điểm.</translation>
    </message>
    <message>
        <source>Give these points</source>
        <translation>Cho các điểm này</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1: &quot;%2&quot; không phải là một số.</translation>
    </message>
</context>
<context>
    <name>thidua::ui::TransferDialog</name>
    <message>
        <source>Transfer %1</source>
        <translation>Chuyển công tác: %1</translation>
    </message>
    <message>
        <source>e.g. Decision No. 12/QĐ-BTP</source>
        <translation>ví dụ: Quyết định số 12/QĐ-BTP</translation>
    </message>
    <message>
        <source>New &amp;unit:</source>
        <translation>Đơn &amp;vị mới:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Quyết định:</translation>
    </message>
    <message>
        <source>Unit (name at the time)</source>
        <translation>Đơn vị (tên tại thời điểm đó)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Chuyển công tác</translation>
    </message>
    <message>
        <source>Postings so far:</source>
        <translation>Quá trình công tác:</translation>
    </message>
    <message>
        <source>before the records</source>
        <translation>trước khi có số liệu</translation>
    </message>
</context>
<context>
    <name>thidua::ui::UndoSteps</name>
    <message>
        <source>The cluster of this covenant was deleted; the step cannot be repeated.</source>
        <translation>Cụm, khối của giao ước này đã bị xóa; không thể thực hiện lại bước này.</translation>
    </message>
    <message>
        <source>The unit above %1 no longer exists.</source>
        <translation>Đơn vị cấp trên của %1 không còn nữa.</translation>
    </message>
</context>
<context>
    <name>thidua::ui::UnitCheckList</name>
    <message>
        <source>Filter units…</source>
        <translation>Lọc đơn vị…</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Chọn tất cả</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Bỏ chọn tất cả</translation>
    </message>
</context>
<context>
    <name>thidua::ui::UnitDialog</name>
    <message>
        <source>Has legal &amp;personality (its own seal and account)</source>
        <translation>Có tư cách &amp;pháp nhân (con dấu, tài khoản riêng)</translation>
    </message>
    <message>
        <source>Add a unit</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <source>e.g. STP, VP</source>
        <translation>ví dụ: STP, VP</translation>
    </message>
    <message>
        <source>(none: a top unit)</source>
        <translation>(không có — đơn vị cấp cao nhất)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên đơn vị:</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>Tên &amp;viết tắt:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại đơn vị:</translation>
    </message>
    <message>
        <source>&amp;Under:</source>
        <translation>Trực th&amp;uộc:</translation>
    </message>
    <message>
        <source>Running &amp;from:</source>
        <translation>Hoạt động từ &amp;ngày:</translation>
    </message>
    <message>
        <source>S&amp;topped after:</source>
        <translation>Hoạt động đến ng&amp;ày:</translation>
    </message>
    <message>
        <source>Correct a misspelt name here. A new name given by a decision goes through &quot;Rename or merge units…&quot;, which keeps the former name.</source>
        <translation>Sửa lỗi chính tả của tên tại đây. Đổi tên theo quyết định thì dùng &quot;Đổi tên, sáp nhập đơn vị…&quot; để giữ lại tên cũ.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Running from</source>
        <translation>Hoạt động từ ngày</translation>
    </message>
    <message>
        <source>Stopped after</source>
        <translation>Hoạt động đến ngày</translation>
    </message>
</context>
<context>
    <name>thidua::ui::UnitPanel</name>
    <message>
        <source>Filter units</source>
        <translation>Lọc đơn vị</translation>
    </message>
</context>
<context>
    <name>thidua::ui::UnitTreeModel</name>
    <message>
        <source>All units (%1)</source>
        <translation>Tất cả đơn vị (%1)</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (đến %2)</translation>
    </message>
    <message>
        <source>Short name: %1</source>
        <translation>Tên viết tắt: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Loại: %1</translation>
    </message>
    <message>
        <source>Has legal personality</source>
        <translation>Có tư cách pháp nhân</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Hoạt động từ %1</translation>
    </message>
    <message>
        <source>Stopped after %1</source>
        <translation>Hoạt động đến %1</translation>
    </message>
</context>
<context>
    <name>thidua::ui::VoteRulesDialog</name>
    <message>
        <source>Vote rules</source>
        <translation>Quy định biểu quyết</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Quy định</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Of all members</source>
        <translation>Trên tổng số thành viên</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>Quorum of a meeting on awards</source>
        <translation>Tỷ lệ có mặt của cuộc họp xét khen thưởng</translation>
    </message>
    <message>
        <source>80 or 2/3</source>
        <translation>80 hoặc 2/3</translation>
    </message>
    <message>
        <source>e.g. Nghị định 152/2025/NĐ-CP, Điều 30</source>
        <translation>ví dụ: Nghị định 152/2025/NĐ-CP, Điều 30</translation>
    </message>
    <message>
        <source>&amp;Add the rule</source>
        <translation>&amp;Thêm quy định</translation>
    </message>
    <message>
        <source>&amp;Rule for:</source>
        <translation>Quy định &amp;cho:</translation>
    </message>
    <message>
        <source>&amp;Share of all members:</source>
        <translation>&amp;Tỷ lệ trên tổng số thành viên:</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>Có hiệu lực &amp;từ ngày:</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>Căn cứ &amp;pháp lý:</translation>
    </message>
    <message>
        <source>A rule applies from its day on; votes held before keep the rule of their day. A rule of the same kind and day is replaced.</source>
        <translation>Quy định áp dụng từ ngày có hiệu lực; các cuộc bỏ phiếu trước đó vẫn theo quy định của ngày họp. Quy định cùng loại, cùng ngày sẽ được thay thế.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Write the share as a percentage such as 80 or a fraction such as 2/3.</source>
        <translation>Hãy ghi tỷ lệ dạng phần trăm như 80 hoặc phân số như 2/3.</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Có hiệu lực từ ngày</translation>
    </message>
</context>
<context>
    <name>thidua::ui::VoteTallyModel</name>
    <message>
        <source>Passed</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Not passed (no quorum)</source>
        <translation>Không đạt (không đủ số thành viên có mặt)</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Đơn vị được bình xét</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Danh hiệu</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Vòng</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Phiếu phát ra</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Phiếu thu về</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Phiếu hợp lệ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Phiếu đồng ý</translation>
    </message>
    <message>
        <source>% of all members</source>
        <translation>Tỷ lệ so với tổng số thành viên</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>thidua::ui::VotingPage</name>
    <message>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cụm:</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Ballot session</source>
        <translation>Phiên bình xét</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày họp:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translation>Chủ t&amp;rì:</translation>
    </message>
    <message>
        <source>&amp;Secretary:</source>
        <translation>&amp;Thư ký:</translation>
    </message>
    <message>
        <source>&amp;Members in total:</source>
        <translation>Tổng &amp;số thành viên:</translation>
    </message>
    <message>
        <source>Members of the voting body, present or not: the yes share is of all of them</source>
        <translation>Số thành viên bỏ phiếu, kể cả người vắng mặt: tỷ lệ phiếu đồng ý tính trên tổng số này</translation>
    </message>
    <message>
        <source>Pr&amp;esent:</source>
        <translation>Có &amp;mặt:</translation>
    </message>
    <message>
        <source>Members present at the session</source>
        <translation>Số thành viên có mặt tại phiên họp</translation>
    </message>
    <message>
        <source>&amp;Written opinions:</source>
        <translation>Vắng mặt có ý kiến &amp;bằng văn bản:</translation>
    </message>
    <message>
        <source>Members absent who sent their opinion in writing</source>
        <translation>Số thành viên vắng mặt đã gửi ý kiến bằng văn bản</translation>
    </message>
    <message>
        <source>Sa&amp;ve Session</source>
        <translation>Lư&amp;u phiên bình xét</translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation>Xóa phiên bình xét</translation>
    </message>
    <message>
        <source>Ca&amp;ndidate:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Danh hiệu:</translation>
    </message>
    <message>
        <source>&amp;Add to Ballot</source>
        <translation>Đưa vào &amp;phiếu bầu</translation>
    </message>
    <message>
        <source>Put the unit on the ballot for the title, in round 1</source>
        <translation>Đưa đơn vị vào phiếu bầu suy tôn danh hiệu đã chọn, vòng 1</translation>
    </message>
    <message>
        <source>Round &amp;2</source>
        <translation>Vòng &amp;2</translation>
    </message>
    <message>
        <source>Vote once more on the chosen candidate for its title, when round 1 did not carry</source>
        <translation>Bỏ phiếu lại cho đơn vị đang chọn khi vòng 1 chưa đạt</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Bỏ &amp;khỏi phiếu bầu</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>enter the tally</source>
        <translation>ghi kết quả kiểm phiếu</translation>
    </message>
    <message>
        <source>%1 of %2 members present (%3 %): the quorum of %4 % is reached.</source>
        <translation>Có mặt %1/%2 thành viên (%3 %): đủ tỷ lệ có mặt theo quy định (%4 %).</translation>
    </message>
    <message>
        <source>%1 of %2 members present (%3 %): no quorum, %4 % must be present; nothing passes.</source>
        <translation>Có mặt %1/%2 thành viên (%3 %): không đủ tỷ lệ có mặt (cần %4 %); không đơn vị nào đạt.</translation>
    </message>
    <message>
        <source>Date of the session</source>
        <translation>Ngày họp</translation>
    </message>
    <message>
        <source>edit the ballot session</source>
        <translation>sửa phiên bình xét</translation>
    </message>
    <message>
        <source>hold a ballot session</source>
        <translation>lập phiên bình xét</translation>
    </message>
    <message>
        <source>Delete Ballot Session</source>
        <translation>Xóa phiên bình xét</translation>
    </message>
    <message>
        <source>Delete this ballot session with its tally? Undo (Ctrl+Z) brings it back.</source>
        <translation>Xóa phiên bình xét này cùng kết quả kiểm phiếu? Có thể hoàn tác (Ctrl+Z).</translation>
    </message>
    <message>
        <source>delete the ballot session</source>
        <translation>xóa phiên bình xét</translation>
    </message>
    <message>
        <source>put %1 on the ballot</source>
        <translation>đưa %1 vào phiếu bầu</translation>
    </message>
    <message>
        <source>add round 2 for %1</source>
        <translation>thêm vòng 2 cho %1</translation>
    </message>
    <message>
        <source>take %1 off the ballot</source>
        <translation>bỏ %1 khỏi phiếu bầu</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>Ballot papers</source>
        <translation>Phiếu bầu</translation>
    </message>
    <message>
        <source>Vote count</source>
        <translation>Biên bản kiểm phiếu</translation>
    </message>
    <message>
        <source>Meeting minutes</source>
        <translation>Biên bản họp</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Đã ghi vào %1.</translation>
    </message>
    <message>
        <source>Ballot Papers…</source>
        <translation>Phiếu bầu…</translation>
    </message>
    <message>
        <source>Vote-Count Minutes…</source>
        <translation>Biên bản kiểm phiếu…</translation>
    </message>
    <message>
        <source>Meeting Minutes…</source>
        <translation>Biên bản họp…</translation>
    </message>
    <message>
        <source>Vote &amp;rules…</source>
        <translation>&amp;Quy định biểu quyết…</translation>
    </message>
    <message>
        <source>The yes votes each title needs and the members a meeting must have present, each from the day it takes effect</source>
        <translation>Tỷ lệ phiếu đồng ý cần có của từng danh hiệu và tỷ lệ thành viên có mặt của cuộc họp, mỗi quy định áp dụng từ ngày có hiệu lực</translation>
    </message>
    <message>
        <source>Propose for the &amp;Flags</source>
        <translation>Đề nghị tặng &amp;cờ</translation>
    </message>
    <message>
        <source>Make nominations of the units the vote carried for a flag, with the minutes, the ranking and the scoring table in their dossiers</source>
        <translation>Lập hồ sơ đề nghị cho các đơn vị được suy tôn tặng cờ, kèm biên bản họp, bảng xếp hạng và bảng chấm điểm trong hồ sơ</translation>
    </message>
    <message numerus="yes">
        <source>%n nomination(s) made; the minutes, the ranking and the scoring table are in the dossiers.</source>
        <translation>
            <numerusform>Đã lập %n hồ sơ đề nghị; biên bản họp, bảng xếp hạng và bảng chấm điểm đã được đính kèm.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>thidua::ui::WorkArea</name>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Key figures of the selected emulation year.</source>
        <translation>Số liệu chính của năm thi đua đang chọn.</translation>
    </message>
    <message>
        <source>Units &amp; people</source>
        <translation>Đơn vị &amp; cán bộ</translation>
    </message>
    <message>
        <source>The units and the officials, civil servants and employees who work in them.</source>
        <translation>Các đơn vị và cán bộ, công chức, viên chức, người lao động thuộc từng đơn vị.</translation>
    </message>
    <message>
        <source>Clusters &amp; blocks</source>
        <translation>Cụm/khối thi đua</translation>
    </message>
    <message>
        <source>Set up each year&apos;s emulation clusters and blocks, their member units and their head and deputy head units.</source>
        <translation>Thiết lập các cụm, khối thi đua của từng năm cùng các đơn vị thành viên, đơn vị trưởng và phó cụm, khối.</translation>
    </message>
    <message>
        <source>Emulation movements</source>
        <translation>Phong trào thi đua</translation>
    </message>
    <message>
        <source>Launch and follow regular, periodic and thematic emulation movements with their goals, deadlines and results.</source>
        <translation>Phát động và theo dõi các phong trào thi đua thường xuyên, theo đợt, theo chuyên đề cùng mục tiêu, thời hạn và kết quả.</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Đăng ký thi đua</translation>
    </message>
    <message>
        <source>Collect the emulation registrations of individuals and collectives at the start of the year and follow the titles they register for.</source>
        <translation>Tiếp nhận đăng ký thi đua đầu năm của cá nhân, tập thể và theo dõi các danh hiệu đã đăng ký.</translation>
    </message>
    <message>
        <source>Scoring &amp; ranking</source>
        <translation>Chấm điểm &amp; xếp hạng</translation>
    </message>
    <message>
        <source>Score units against their cluster&apos;s criteria table and rank them within the cluster or block.</source>
        <translation>Chấm điểm các đơn vị theo bảng tiêu chí của cụm, khối và xếp hạng trong cụm, khối thi đua.</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Bình xét</translation>
    </message>
    <message>
        <source>Hold the emulation and commendation council&apos;s votes on titles and awards, with quorum, vote thresholds and minutes.</source>
        <translation>Tổ chức bỏ phiếu bình xét danh hiệu, hình thức khen thưởng của Hội đồng Thi đua - Khen thưởng theo số thành viên có mặt, tỷ lệ phiếu và lập biên bản.</translation>
    </message>
    <message>
        <source>Nominations</source>
        <translation>Đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>Prepare nomination files for higher-level awards, check the criteria and print the lists and forms.</source>
        <translation>Lập hồ sơ đề nghị cấp trên khen thưởng, kiểm tra tiêu chuẩn và in danh sách, biểu mẫu.</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Record award decisions and bonuses and look up the award history of every person and collective.</source>
        <translation>Ghi nhận quyết định khen thưởng, tiền thưởng và tra cứu quá trình khen thưởng của từng cá nhân, tập thể.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Produce the summary reports and statistics on emulation and commendation work that superiors ask for.</source>
        <translation>Lập các báo cáo tổng hợp, thống kê công tác thi đua, khen thưởng theo yêu cầu của cấp trên.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Preferences of this application on this computer.</source>
        <translation>Tùy chọn của ứng dụng trên máy tính này.</translation>
    </message>
</context>
</TS>

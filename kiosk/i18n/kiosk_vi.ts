<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../../screens/technician/system.py" line="737"/>
        <source>About</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="755"/>
        <source>Kiosk id: %1</source>
        <translation>Mã ki-ốt: %1</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="756"/>
        <source>Data: %1</source>
        <translation>Dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="757"/>
        <source>Logs: %1</source>
        <translation>Nhật ký: %1</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="759"/>
        <source>Screen: %1</source>
        <translation>Màn hình: %1</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="759"/>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
</context>
<context>
    <name>AnnouncementsScreen</name>
    <message>
        <location filename="../../screens/announcements.py" line="125"/>
        <source>Touch the screen to begin</source>
        <extracomment>the pictogram of each kind of notice, and its tone (style.qss); other kinds: a notice&apos;s</extracomment>
        <translation>Chạm vào màn hình để bắt đầu</translation>
    </message>
    <message>
        <location filename="../../screens/announcements.py" line="132"/>
        <source>Welcome!</source>
        <translation>Xin chào quý khách!</translation>
    </message>
    <message>
        <location filename="../../screens/announcements.py" line="135"/>
        <source>This kiosk gives queue numbers, explains procedures and looks up dossiers.</source>
        <translation>Ki-ốt cấp số thứ tự, hướng dẫn thủ tục hành chính và tra cứu hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../screens/announcements.py" line="147"/>
        <source>⚠ Fraud warning</source>
        <translation>⚠ Cảnh báo lừa đảo</translation>
    </message>
    <message>
        <location filename="../../screens/announcements.py" line="148"/>
        <source>Opening hours</source>
        <translation>Giờ làm việc</translation>
    </message>
    <message>
        <location filename="../../screens/announcements.py" line="149"/>
        <source>Notice</source>
        <translation>Thông báo</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <location filename="../../screens/check_in.py" line="63"/>
        <source>My appointment</source>
        <translation>Đến theo lịch hẹn</translation>
    </message>
    <message>
        <location filename="../../screens/check_in.py" line="64"/>
        <source>Booked ahead: scan your confirmation or ID card</source>
        <translation>Đã đặt lịch trước: quét phiếu hẹn hoặc căn cước</translation>
    </message>
    <message>
        <location filename="../../screens/check_in.py" line="107"/>
        <source>Check in for your appointment</source>
        <translation>Xác nhận đến theo lịch hẹn</translation>
    </message>
    <message>
        <location filename="../../screens/check_in.py" line="110"/>
        <source>Scan the QR code on your appointment confirmation or your citizen ID card, or type your appointment code and touch &quot;Check in&quot;.</source>
        <translation>Quét mã QR trên phiếu hẹn hoặc trên căn cước, hoặc nhập mã lịch hẹn rồi chạm &quot;Xác nhận&quot;.</translation>
    </message>
    <message>
        <location filename="../../screens/check_in.py" line="114"/>
        <source>Example: %1</source>
        <translation>Ví dụ: %1</translation>
    </message>
    <message>
        <location filename="../../screens/check_in.py" line="115"/>
        <source>Check in</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <location filename="../../screens/check_in.py" line="121"/>
        <source>This is not a booking code. Please check it and type it again, or scan your booking.</source>
        <translation>Đây không phải mã lịch hẹn. Vui lòng kiểm tra rồi nhập lại, hoặc quét phiếu hẹn.</translation>
    </message>
    <message>
        <location filename="../../screens/check_in.py" line="125"/>
        <source>If you booked an appointment, hold the QR code of your booking or your citizen ID card under the scanner, or type your booking code.</source>
        <translation>Nếu bạn đã đặt lịch hẹn, hãy đưa mã QR trên phiếu hẹn hoặc căn cước công dân vào máy quét, hoặc nhập mã lịch hẹn.</translation>
    </message>
    <message>
        <location filename="../../screens/check_in.py" line="133"/>
        <source>This is not an appointment code. It starts with LH and has 6 more letters or digits, like %1.</source>
        <translation>Đây không phải mã lịch hẹn. Mã lịch hẹn bắt đầu bằng LH, tiếp theo là 6 chữ cái hoặc chữ số, ví dụ %1.</translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message>
        <location filename="../../screens/technician/parts.py" line="173"/>
        <source>checking…</source>
        <translation>đang kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../screens/technician/parts.py" line="176"/>
        <source>OK</source>
        <translation>ĐẠT</translation>
    </message>
    <message>
        <location filename="../../screens/technician/parts.py" line="176"/>
        <source>WARN</source>
        <translation>CẢNH BÁO</translation>
    </message>
    <message>
        <location filename="../../screens/technician/parts.py" line="176"/>
        <source>FAIL</source>
        <translation>LỖI</translation>
    </message>
</context>
<context>
    <name>ConfigPage</name>
    <message>
        <location filename="../../screens/technician/system.py" line="575"/>
        <source>Config</source>
        <extracomment>a technician chose Restart kiosk</extracomment>
        <translation>Cấu hình</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="578"/>
        <source>Restart kiosk</source>
        <translation>Khởi động lại ki-ốt</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="578"/>
        <source>Touch again to restart</source>
        <translation>Chạm lần nữa để khởi động lại</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="581"/>
        <source>Every key as the kiosk runs now; secrets hidden, (env): set by an environment variable. Other keys: edit the config file and restart; the PIN: kiosk set-pin.</source>
        <translation>Mọi khóa cấu hình như ki-ốt đang chạy; thông tin bí mật được ẩn, (env): đặt bằng biến môi trường. Khóa khác: sửa tệp cấu hình rồi khởi động lại; mã PIN: kiosk set-pin.</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="631"/>
        <source>Changes are written to %1 and take effect after a restart.</source>
        <translation>Thay đổi được ghi vào %1 và có hiệu lực sau khi khởi động lại.</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="634"/>
        <source>Changes are written to %1 (created by the first change) and take effect after a restart.</source>
        <translation>Thay đổi được ghi vào %1 (tệp được tạo ở lần thay đổi đầu tiên) và có hiệu lực sau khi khởi động lại.</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="640"/>
        <source>The file as it is now would not start the kiosk: %1</source>
        <translation>Với tệp như hiện tại, ki-ốt sẽ không khởi động được: %1</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="646"/>
        <source>Saved, waiting for a restart: %1. Touch Restart kiosk.</source>
        <translation>Đã lưu, chờ khởi động lại: %1. Hãy chạm Khởi động lại ki-ốt.</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="650"/>
        <source>Nothing saved waits for a restart.</source>
        <translation>Không có thay đổi nào đang chờ khởi động lại.</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="675"/>
        <source>Saving %1…</source>
        <translation>Đang lưu %1…</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="688"/>
        <source>%1: %2 → %3, saved in %4. Takes effect after a restart: touch Restart kiosk.</source>
        <translation>%1: %2 → %3, đã lưu vào %4. Có hiệu lực sau khi khởi động lại: hãy chạm Khởi động lại ki-ốt.</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="715"/>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
</context>
<context>
    <name>ConfigRow</name>
    <message>
        <location filename="../../screens/technician/system.py" line="471"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="518"/>
        <source>Now %1, set by the environment variable %2: change it where it is set (the config file would not win).</source>
        <translation>Hiện tại %1, do biến môi trường %2 đặt: hãy sửa ở nơi đặt biến đó (tệp cấu hình không được ưu tiên hơn).</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="525"/>
        <source>Now %1; %2 after a restart.</source>
        <translation>Hiện tại %1; %2 sau khi khởi động lại.</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="527"/>
        <source>Now %1.</source>
        <translation>Hiện tại %1.</translation>
    </message>
</context>
<context>
    <name>DisplayPage</name>
    <message>
        <location filename="../../screens/technician/devices.py" line="468"/>
        <source>Display</source>
        <extracomment>how many cells have been touched</extracomment>
        <translation>Màn hình</translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="473"/>
        <source>Touch or drag across every cell: it turns green where the screen registers the touch.</source>
        <translation>Chạm hoặc kéo qua từng ô: ô chuyển sang màu xanh ở nơi màn hình nhận được cảm ứng.</translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="477"/>
        <source>Reset grid</source>
        <translation>Đặt lại lưới</translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="483"/>
        <source>%1 of %2 cells touched</source>
        <translation>Đã chạm %1/%2 ô</translation>
    </message>
</context>
<context>
    <name>DossierStatusScreen</name>
    <message>
        <location filename="../../screens/dossier_status.py" line="176"/>
        <location filename="../../screens/dossier_status.py" line="315"/>
        <source>Look up a dossier</source>
        <extracomment>the pictogram beside the message of each state that has one, and its tone (style.qss) the pictogram beside a found dossier&apos;s state, in the colour of the state&apos;s words emitted on the UI thread when a lookup has ended (with the state it left)</extracomment>
        <translation>Tra cứu hồ sơ</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="178"/>
        <source>Where your application stands: scan or type the code on your receipt</source>
        <translation>Xem hồ sơ của bạn đang ở bước nào: quét hoặc nhập mã trên giấy biên nhận</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="286"/>
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="287"/>
        <source>Being processed</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="288"/>
        <source>More documents needed</source>
        <translation>Cần bổ sung giấy tờ</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="289"/>
        <source>Result ready for collection</source>
        <translation>Đã có kết quả, mời nhận</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="290"/>
        <source>Result handed over</source>
        <translation>Đã trả kết quả</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="291"/>
        <source>Not accepted</source>
        <translation>Không được tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="292"/>
        <source>Withdrawn</source>
        <translation>Đã rút hồ sơ</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="318"/>
        <source>Scan the barcode on your receipt, or type the dossier code and touch &quot;Look up&quot;.</source>
        <translation>Quét mã vạch trên giấy biên nhận, hoặc nhập mã hồ sơ rồi chạm &quot;Tra cứu&quot;.</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="321"/>
        <source>Example: %1</source>
        <translation>Ví dụ: %1</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="322"/>
        <source>Look up</source>
        <translation>Tra cứu</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="323"/>
        <source>Print status slip</source>
        <translation>In phiếu tình trạng</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="324"/>
        <source>Look up another dossier</source>
        <translation>Tra cứu hồ sơ khác</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="325"/>
        <source>History</source>
        <translation>Quá trình giải quyết</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="331"/>
        <source>Hold the barcode on your receipt under the scanner, or type the dossier code printed on it.</source>
        <translation>Hãy đưa mã vạch trên giấy biên nhận vào máy quét, hoặc nhập mã hồ sơ in trên giấy.</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="338"/>
        <source>The screen shows where your dossier stands. Ask an officer at the front desk if you need help.</source>
        <translation>Màn hình cho biết hồ sơ của bạn đang ở bước nào. Nếu cần giúp đỡ, mời bạn hỏi cán bộ ở quầy hướng dẫn.</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="342"/>
        <source>This dossier could not be shown. Please check the code and try again, or ask an officer at the front desk.</source>
        <translation>Không hiển thị được hồ sơ này. Vui lòng kiểm tra mã rồi thử lại, hoặc hỏi cán bộ ở quầy hướng dẫn.</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="351"/>
        <source>Looking up dossier %1…</source>
        <translation>Đang tra cứu hồ sơ %1…</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="354"/>
        <source>No dossier with code %1 was found. Please check the code on your receipt; if it is right, ask an officer at the front desk.</source>
        <translation>Không tìm thấy hồ sơ có mã %1. Vui lòng kiểm tra lại mã trên giấy biên nhận; nếu mã đúng, xin hỏi cán bộ tại bàn hướng dẫn.</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="362"/>
        <source>This is not a dossier code. A dossier code looks like %1: you find it under the barcode on your receipt.</source>
        <translation>Đây không phải mã hồ sơ. Mã hồ sơ có dạng %1, in dưới mã vạch trên giấy biên nhận.</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="369"/>
        <source>The kiosk cannot reach the service system now and has no earlier status of dossier %1. Please try again later, or ask an officer at the front desk.</source>
        <translation>Ki-ốt đang mất kết nối với hệ thống và chưa có tình trạng nào trước đây của hồ sơ %1. Vui lòng thử lại sau, hoặc hỏi cán bộ tại bàn hướng dẫn.</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="378"/>
        <source>Your application %1 is saved on this kiosk and will be sent to the service system as soon as it can be reached. Scan your receipt again later to see its dossier code and status.</source>
        <translation>Hồ sơ %1 của bạn đã được lưu trên ki-ốt và sẽ được gửi đến hệ thống dịch vụ công ngay khi kết nối được. Hãy quét lại giấy biên nhận sau để xem mã hồ sơ và tình trạng.</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="386"/>
        <source>Your application %1 could not be accepted online. Please take your receipt to an officer at the front desk.</source>
        <translation>Hồ sơ %1 của bạn không được tiếp nhận trực tuyến. Vui lòng mang giấy biên nhận đến gặp cán bộ tại quầy tiếp nhận.</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="393"/>
        <source>No application with the reference %1 was made on this kiosk. Please ask an officer at the front desk.</source>
        <translation>Không có hồ sơ nào mang số tham chiếu %1 được nộp tại ki-ốt này. Vui lòng hỏi cán bộ tại quầy tiếp nhận.</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="433"/>
        <source>Received: %1</source>
        <translation>Tiếp nhận: %1</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="436"/>
        <source>Result due: %1</source>
        <translation>Hẹn trả kết quả: %1</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="443"/>
        <source>The kiosk cannot reach the service system now. This is the last status seen here, at %1; it may have changed since.</source>
        <translation>Ki-ốt đang mất kết nối với hệ thống. Đây là tình trạng ki-ốt biết gần nhất, lúc %1; hồ sơ có thể đã chuyển bước.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../screens/home.py" line="103"/>
        <source>Welcome!</source>
        <translation>Xin chào quý khách!</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="104"/>
        <source>Touch a button below to begin.</source>
        <translation>Vui lòng chạm vào nút bên dưới để bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="109"/>
        <source>Welcome. Touch the large button at the top to take a queue number. The buttons below are for an appointment you booked, looking up a procedure or your dossier, applying online, paying a fee and rating the service. To hear each button before it acts, touch Read buttons aloud at the bottom left.</source>
        <translation>Xin chào quý khách. Chạm vào nút lớn ở trên cùng để lấy số thứ tự. Các nút bên dưới dùng để đến theo lịch hẹn, tra cứu thủ tục hoặc hồ sơ, nộp hồ sơ trực tuyến, nộp phí và đánh giá sự hài lòng. Để nghe đọc từng nút trước khi chọn, hãy chạm nút Đọc to khi chạm ở góc dưới bên trái.</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="127"/>
        <source>Take a queue number</source>
        <translation>Lấy số thứ tự</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="128"/>
        <source>Not available now: the ticket printer needs an officer&apos;s attention</source>
        <translation>Tạm ngừng: máy in phiếu cần cán bộ kiểm tra</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="130"/>
        <source>Get a printed ticket and wait to be called to a counter</source>
        <translation>Nhận phiếu in và chờ được mời đến quầy</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="140"/>
        <source>Connecting to the service system, please wait…</source>
        <translation>Đang kết nối với hệ thống, vui lòng chờ…</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="143"/>
        <source>The service system is not available right now. Please ask an officer at the front desk.</source>
        <translation>Hệ thống tạm thời chưa sẵn sàng. Vui lòng liên hệ cán bộ tại bàn hướng dẫn.</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="158"/>
        <source>Opening hours: %1</source>
        <translation>Giờ làm việc: %1</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="160"/>
        <source>Hotline: %1</source>
        <translation>Đường dây nóng: %1</translation>
    </message>
</context>
<context>
    <name>LogsPage</name>
    <message>
        <location filename="../../screens/technician/system.py" line="380"/>
        <source>Logs</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="384"/>
        <source>%1: the last lines, from the level chosen up</source>
        <translation>%1: các dòng cuối, từ mức đã chọn trở lên</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="386"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="414"/>
        <source>(nothing at %1 or above in %2)</source>
        <translation>(không có dòng nào từ mức %1 trở lên trong %2)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../screens/main_window.py" line="329"/>
        <source>◀ Back</source>
        <extracomment>full-screen kiosk: close requests (Alt+F4, the window manager) are refused</extracomment>
        <translation>◀ Quay lại</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="330"/>
        <source>I am still here</source>
        <translation>Tôi vẫn đang dùng</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="331"/>
        <source>⌂ Home</source>
        <translation>⌂ Trang chủ</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="335"/>
        <source>Public service kiosk</source>
        <translation>Ki-ốt dịch vụ công</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="350"/>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="351"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="352"/>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="363"/>
        <source>A+ Large text</source>
        <translation>A+ Chữ lớn</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="364"/>
        <source>◐ Contrast</source>
        <translation>◐ Tương phản</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="365"/>
        <source>Listen</source>
        <translation>Nghe hướng dẫn</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="367"/>
        <source>Read buttons aloud</source>
        <translation>Đọc to khi chạm</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="390"/>
        <source>Are you still there? To protect your information, this screen will be cleared in %1 s.</source>
        <translation>Bạn còn dùng ki-ốt không? Để bảo vệ thông tin của bạn, màn hình sẽ được xóa sau %1 giây.</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="567"/>
        <source>Your citizen ID card was read. To use it, first choose &quot;Take a queue number&quot;.</source>
        <translation>Đã đọc căn cước của bạn. Để dùng căn cước, trước hết hãy chọn &quot;Lấy số thứ tự&quot;.</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="570"/>
        <source>This is a payment code. Please pay it with your bank&apos;s app.</source>
        <translation>Đây là mã thanh toán. Vui lòng thanh toán bằng ứng dụng ngân hàng của bạn.</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="573"/>
        <source>This is a ticket from this kiosk. Please wait until your number is called.</source>
        <translation>Đây là phiếu số thứ tự của ki-ốt. Vui lòng chờ đến lượt được gọi số.</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="577"/>
        <source>Your citizen ID card could not be read correctly. Please scan it again, holding it flat and still under the scanner.</source>
        <translation>Không đọc được chính xác căn cước của bạn. Vui lòng quét lại, giữ thẻ phẳng và yên dưới máy quét.</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="581"/>
        <source>Code not recognised. Scan the QR code on your citizen ID card, the barcode on your dossier receipt, or a ticket from this kiosk.</source>
        <translation>Không đọc được mã. Vui lòng quét mã QR trên căn cước, mã vạch trên giấy biên nhận hồ sơ, hoặc phiếu của ki-ốt.</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <location filename="../../screens/technician/system.py" line="85"/>
        <source>Network / API</source>
        <translation>Mạng / API</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="90"/>
        <source>Province API: %1</source>
        <translation>API của tỉnh: %1</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="90"/>
        <source>(none configured)</source>
        <translation>(chưa cấu hình)</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="93"/>
        <source>TLS certificate check: %1; timeout %2 s; device token %3</source>
        <translation>Kiểm tra chứng chỉ TLS: %1; thời gian chờ %2 giây; token thiết bị: %3</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="94"/>
        <source>on</source>
        <translation>bật</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="94"/>
        <source>OFF</source>
        <translation>TẮT</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="96"/>
        <source>set (hidden)</source>
        <translation>đã đặt (ẩn)</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="96"/>
        <source>empty</source>
        <translation>trống</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="99"/>
        <source>Check now</source>
        <translation>Kiểm tra ngay</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="126"/>
        <source>not tried yet</source>
        <translation>chưa thử</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="127"/>
        <source>online</source>
        <translation>trực tuyến</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="128"/>
        <source>offline</source>
        <translation>ngoại tuyến</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="131"/>
        <source>The sync engine&apos;s last contact: %1</source>
        <translation>Lần liên lạc gần nhất của bộ đồng bộ: %1</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../screens/onscreen_keyboard.py" line="236"/>
        <source>Space</source>
        <extracomment>the smallest key side: about 22 mm on a 21.5&quot; 1920×1080 screen a row of keys: (character or special key, width in half keys); None leaves a gap every key touched: the character typed, or the special key&apos;s name (&quot;backspace&quot;, …) the Done key</extracomment>
        <translation>Dấu cách</translation>
    </message>
    <message>
        <location filename="../../screens/onscreen_keyboard.py" line="237"/>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../../screens/onscreen_keyboard.py" line="238"/>
        <source>123</source>
        <translation>123</translation>
    </message>
    <message>
        <location filename="../../screens/onscreen_keyboard.py" line="239"/>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <location filename="../../screens/onscreen_keyboard.py" line="244"/>
        <source>Backspace</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../screens/onscreen_keyboard.py" line="244"/>
        <source>Shift</source>
        <translation>Chữ hoa</translation>
    </message>
    <message>
        <location filename="../../screens/onscreen_keyboard.py" line="252"/>
        <source>Typing Vietnamese: on</source>
        <translation>Gõ tiếng Việt: bật</translation>
    </message>
    <message>
        <location filename="../../screens/onscreen_keyboard.py" line="254"/>
        <source>Typing Vietnamese: off</source>
        <translation>Gõ tiếng Việt: tắt</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <location filename="../../screens/paper_words.py" line="19"/>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="20"/>
        <source>%1 h</source>
        <translation>%1 giờ</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="21"/>
        <source>%1 h 30 min</source>
        <translation>%1 giờ rưỡi</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="32"/>
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="33"/>
        <source>Being processed</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="34"/>
        <source>More documents needed</source>
        <translation>Cần bổ sung hồ sơ</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="35"/>
        <source>Result ready</source>
        <translation>Đã có kết quả</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="36"/>
        <source>Result handed over</source>
        <translation>Đã trả kết quả</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="37"/>
        <source>Not accepted</source>
        <translation>Không được tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="38"/>
        <source>Withdrawn</source>
        <translation>Đã rút hồ sơ</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="41"/>
        <source>Awaiting payment</source>
        <translation>Chờ thanh toán</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="42"/>
        <source>Paid</source>
        <translation>Đã thanh toán</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="43"/>
        <source>Payment expired</source>
        <translation>Hết hạn thanh toán</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="44"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="46"/>
        <source>Hotline: %1</source>
        <translation>Đường dây nóng: %1</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="47"/>
        <source>QUEUE NUMBER</source>
        <translation>SỐ THỨ TỰ</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="48"/>
        <source>PRIORITY</source>
        <translation>ƯU TIÊN</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="49"/>
        <source>Please go to %1</source>
        <translation>Mời đến %1</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="50"/>
        <source>Appointment %1 · %2</source>
        <translation>Lịch hẹn %1 · %2</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="51"/>
        <source>Ahead of you: %1</source>
        <translation>Trước bạn: %1 người</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="52"/>
        <source>Ahead of you: %1, about %2 wait</source>
        <translation>Trước bạn: %1 người, chờ khoảng %2</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="53"/>
        <source>Scan to follow the calls</source>
        <translation>Quét mã để theo dõi lượt gọi</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="54"/>
        <source>Number issued while offline</source>
        <translation>Số cấp khi mất kết nối mạng</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="55"/>
        <source>Issued at</source>
        <translation>Lấy số lúc</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="56"/>
        <source>DOSSIER STATUS</source>
        <translation>PHIẾU TRA CỨU TÌNH TRẠNG HỒ SƠ</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="57"/>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="58"/>
        <source>Status: %1</source>
        <comment>where a dossier stands, on its status slip</comment>
        <translation>Tình trạng: %1</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="59"/>
        <source>The kiosk is offline: this is the last status it knew</source>
        <translation>Ki-ốt đang mất kết nối: đây là tình trạng đã biết gần nhất</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="60"/>
        <source>Updated at</source>
        <translation>Cập nhật lúc</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="61"/>
        <source>Received at</source>
        <translation>Tiếp nhận lúc</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="62"/>
        <source>Result due</source>
        <translation>Hẹn trả kết quả</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="63"/>
        <source>History</source>
        <translation>Quá trình giải quyết</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="64"/>
        <source>Printed at</source>
        <translation>In lúc</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="65"/>
        <source>ONLINE APPLICATION RECEIPT</source>
        <translation>BIÊN NHẬN HỒ SƠ TRỰC TUYẾN</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="66"/>
        <source>RECEIPT: APPLICATION WAITING TO BE SENT</source>
        <translation>BIÊN NHẬN HỒ SƠ CHỜ GỬI</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="67"/>
        <source>Scan to look up the dossier&apos;s status</source>
        <translation>Quét mã để tra cứu tình trạng hồ sơ</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="68"/>
        <source>Status: %1</source>
        <comment>of a receipt or payment</comment>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="69"/>
        <source>The application is saved on the kiosk and will be sent by itself when the network is back. The dossier code is given when the office receives it.</source>
        <translation>Hồ sơ đã được lưu trên ki-ốt và sẽ tự động gửi đi khi có mạng trở lại. Mã hồ sơ sẽ được cấp khi cơ quan tiếp nhận.</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="74"/>
        <source>Reference</source>
        <translation>Mã tham chiếu</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="75"/>
        <source>Keep this slip and show it to an officer if you need help</source>
        <translation>Giữ phiếu này và đưa cho cán bộ nếu cần hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="78"/>
        <source>Made at</source>
        <translation>Lập lúc</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="79"/>
        <source>Applicant: %1</source>
        <translation>Người nộp: %1</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="80"/>
        <source>Fees: %1</source>
        <translation>Phí, lệ phí: %1</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="81"/>
        <source>No fee</source>
        <translation>Không mất phí</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="82"/>
        <source>Processing time: %1</source>
        <translation>Thời hạn giải quyết: %1</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="83"/>
        <source>FEE PAYMENT SLIP</source>
        <translation>PHIẾU NỘP PHÍ, LỆ PHÍ</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="84"/>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="85"/>
        <source>Amount: %1</source>
        <translation>Số tiền: %1</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="86"/>
        <source>Payment reference</source>
        <translation>Mã thanh toán</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="87"/>
        <source>Payment reference: %1</source>
        <translation>Mã thanh toán: %1</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="88"/>
        <source>Bank transaction: %1</source>
        <translation>Mã giao dịch ngân hàng: %1</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="89"/>
        <source>Account: %1</source>
        <translation>Tài khoản: %1</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="90"/>
        <source>Scan the code with a banking app to pay the fee</source>
        <translation>Quét mã bằng ứng dụng ngân hàng để nộp phí</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="91"/>
        <source>PAID</source>
        <translation>ĐÃ THANH TOÁN</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="92"/>
        <source>Paid at</source>
        <translation>Thanh toán lúc</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="93"/>
        <source>Payment received. Thank you! Please keep this slip as proof.</source>
        <translation>Đã nhận tiền. Cảm ơn bạn! Hãy giữ phiếu để đối chiếu.</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="96"/>
        <source>This payment code is no longer valid. Please ask an officer at the front desk.</source>
        <translation>Mã thanh toán này không còn hiệu lực. Vui lòng hỏi cán bộ tại bàn hướng dẫn.</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="100"/>
        <source>ADMINISTRATIVE PROCEDURE GUIDE</source>
        <translation>HƯỚNG DẪN THỦ TỤC HÀNH CHÍNH</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="101"/>
        <source>Procedure code: %1</source>
        <translation>Mã thủ tục: %1</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="102"/>
        <source>Documents to bring</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="103"/>
        <source>Fees</source>
        <translation>Lệ phí</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="104"/>
        <source>Processing time</source>
        <translation>Thời hạn giải quyết</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="105"/>
        <source>Where to apply</source>
        <translation>Nơi nộp hồ sơ</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="106"/>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="107"/>
        <source>%1 (continued)</source>
        <translation>%1 (tiếp theo)</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="108"/>
        <source>Page %1/%2</source>
        <translation>Trang %1/%2</translation>
    </message>
</context>
<context>
    <name>PaymentScreen</name>
    <message>
        <location filename="../../screens/payment.py" line="124"/>
        <location filename="../../screens/payment.py" line="295"/>
        <source>Pay a fee</source>
        <extracomment>how long after the code is shown the kiosk keeps it up without a touch (the citizen is in their bank app); after that the idle timeout applies again emitted on the UI thread with the new step, whenever the step changes</extracomment>
        <translation>Nộp phí, lệ phí</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="125"/>
        <source>Pay by bank app with a VietQR code</source>
        <translation>Chuyển khoản bằng ứng dụng ngân hàng qua mã VietQR</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="172"/>
        <source>The list of fees is not available yet. Please pay at the counter.</source>
        <translation>Danh sách phí, lệ phí chưa sẵn sàng. Vui lòng nộp tại quầy.</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="175"/>
        <source>No fee matches &quot;%1&quot;. Try fewer or other words.</source>
        <translation>Không có khoản phí nào khớp với &quot;%1&quot;. Hãy thử ít từ hơn hoặc từ khác.</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="288"/>
        <source>This procedure has no fee to pay.</source>
        <translation>Thủ tục này không phải nộp phí.</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="290"/>
        <source>Paying fees is not available at this kiosk yet. Please pay at the counter.</source>
        <translation>Ki-ốt này chưa nhận nộp phí. Vui lòng nộp tại quầy.</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="292"/>
        <source>This payment cannot be made here. Please pay at the counter.</source>
        <translation>Không thể nộp khoản này tại ki-ốt. Vui lòng nộp tại quầy.</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="296"/>
        <source>Type a few words, e.g. khai sinh</source>
        <translation>Gõ vài từ, ví dụ: khai sinh</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="305"/>
        <source>To pay a fee, hold the barcode on your receipt under the scanner, or type its dossier code.</source>
        <translation>Để nộp phí, hãy đưa mã vạch trên giấy biên nhận vào máy quét, hoặc nhập mã hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="308"/>
        <source>Check the fee, then touch Show payment code.</source>
        <translation>Kiểm tra số tiền, rồi chạm Hiện mã thanh toán.</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="310"/>
        <source>Open your bank&apos;s app, scan the QR code on the screen and confirm the payment.</source>
        <translation>Mở ứng dụng ngân hàng, quét mã QR trên màn hình rồi xác nhận thanh toán.</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="312"/>
        <source>Your payment has been received. Thank you.</source>
        <translation>Đã nhận được khoản thanh toán của bạn. Xin cảm ơn.</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="313"/>
        <source>The time to pay has run out. You can start the payment again.</source>
        <translation>Đã hết thời gian thanh toán. Bạn có thể bắt đầu thanh toán lại.</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="315"/>
        <source>This fee cannot be paid here. Please ask an officer at the front desk.</source>
        <translation>Khoản phí này không nộp được tại đây. Mời bạn hỏi cán bộ ở quầy hướng dẫn.</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="326"/>
        <source>Choose the procedure whose fee you want to pay.</source>
        <translation>Chọn thủ tục bạn muốn nộp phí, lệ phí.</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="338"/>
        <source>Amount: %1</source>
        <translation>Số tiền: %1</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="351"/>
        <source>Payment reference: %1</source>
        <translation>Mã thanh toán: %1</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="352"/>
        <source>Bank transaction: %1</source>
        <translation>Mã giao dịch ngân hàng: %1</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="355"/>
        <source>Account: %1</source>
        <translation>Tài khoản: %1</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="364"/>
        <source>Touch &quot;Show payment code&quot;, then scan it with your bank app. Do not change the amount or the content.</source>
        <translation>Chạm &quot;Hiện mã thanh toán&quot;, rồi quét mã bằng ứng dụng ngân hàng. Không sửa số tiền và nội dung chuyển khoản.</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="367"/>
        <source>Preparing your payment code…</source>
        <translation>Đang tạo mã thanh toán…</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="369"/>
        <source>Open your bank app, choose &quot;Scan QR&quot; and scan this code. A slip with the same code is printing. This screen shows when the money has arrived.</source>
        <translation>Mở ứng dụng ngân hàng, chọn &quot;Quét mã QR&quot; và quét mã này. Phiếu có cùng mã đang được in. Màn hình sẽ báo khi đã nhận được tiền.</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="373"/>
        <source>✓ Payment received. Thank you! Keep the slip as your record.</source>
        <translation>✓ Đã nhận tiền. Cảm ơn bạn! Hãy giữ phiếu để đối chiếu.</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="375"/>
        <source>This payment code is no longer valid. Please ask an officer at the front desk.</source>
        <translation>Mã thanh toán này không còn hiệu lực. Vui lòng hỏi cán bộ tại bàn hướng dẫn.</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="381"/>
        <source>✓ PAID
%1</source>
        <translation>✓ ĐÃ THANH TOÁN
%1</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="297"/>
        <source>Show payment code</source>
        <translation>Hiện mã thanh toán</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/payment.py" line="178"/>
        <source>%n fee(s). Touch the one you want to pay.</source>
        <translation>
            <numerusform>%n khoản phí. Chạm vào khoản bạn muốn nộp.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="298"/>
        <source>Print the slip again</source>
        <translation>In lại phiếu</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="299"/>
        <source>Finish</source>
        <translation>Kết thúc</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../../screens/technician/entry.py" line="126"/>
        <source>Technician mode</source>
        <translation>Chế độ kỹ thuật viên</translation>
    </message>
    <message>
        <location filename="../../screens/technician/entry.py" line="155"/>
        <source>Technician mode is disabled on this kiosk: no PIN is set. A technician sets one from a shell with: kiosk set-pin</source>
        <translation>Chế độ kỹ thuật viên đang tắt trên ki-ốt này: chưa đặt mã PIN. Kỹ thuật viên đặt mã PIN từ dòng lệnh: kiosk set-pin</translation>
    </message>
    <message>
        <location filename="../../screens/technician/entry.py" line="160"/>
        <source>Enter the technician PIN.</source>
        <translation>Nhập mã PIN kỹ thuật viên.</translation>
    </message>
    <message>
        <location filename="../../screens/technician/entry.py" line="166"/>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Nhập sai mã PIN quá nhiều lần. Vui lòng thử lại sau %1 giây.</translation>
    </message>
    <message>
        <location filename="../../screens/technician/entry.py" line="184"/>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/technician/entry.py" line="201"/>
        <source>Wrong PIN. %n more wrong PIN(s) lock the entry for a while.</source>
        <translation>
            <numerusform>Sai mã PIN. Nhập sai thêm %n lần nữa sẽ tạm khóa việc đăng nhập.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/technician/entry.py" line="211"/>
        <source>The PIN could not be checked: %1</source>
        <translation>Không kiểm tra được mã PIN: %1</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <location filename="../../screens/slips.py" line="27"/>
        <source>The ticket printer is out of paper</source>
        <translation>Máy in phiếu đã hết giấy</translation>
    </message>
    <message>
        <location filename="../../screens/slips.py" line="29"/>
        <source>The ticket printer&apos;s cover is open</source>
        <translation>Nắp máy in phiếu đang mở</translation>
    </message>
    <message>
        <location filename="../../screens/slips.py" line="31"/>
        <source>The ticket printer is not working</source>
        <translation>Máy in phiếu đang gặp sự cố</translation>
    </message>
    <message>
        <location filename="../../screens/slips.py" line="32"/>
        <source>The ticket printer does not respond</source>
        <translation>Máy in phiếu không phản hồi</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <location filename="../../screens/technician/devices.py" line="67"/>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="75"/>
        <source>Connection: %1</source>
        <translation>Kết nối: %1</translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="77"/>
        <source>Model profile: %1; paper %2 mm; Vietnamese text as %3</source>
        <translation>Cấu hình máy in: %1; giấy %2 mm; in tiếng Việt dạng %3</translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="82"/>
        <source>Status reports: yes</source>
        <translation>Báo trạng thái: có</translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="82"/>
        <source>Status reports: no</source>
        <translation>Báo trạng thái: không</translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="86"/>
        <source>Check now</source>
        <translation>Kiểm tra ngay</translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="87"/>
        <source>Print test page (code pages, ruler, QR)</source>
        <translation>In trang thử (bảng mã, thước, QR)</translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="88"/>
        <source>Today&apos;s tickets that got a number but did not print</source>
        <translation>Phiếu hôm nay đã có số nhưng chưa in được</translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="120"/>
        <source>Status check failed: %1</source>
        <translation>Không kiểm tra được trạng thái: %1</translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="128"/>
        <source>Printing the test page…</source>
        <translation>Đang in trang thử…</translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="154"/>
        <source>Test page printed.</source>
        <translation>Đã in trang thử.</translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="158"/>
        <source>Test page not printed (%1: %2).</source>
        <translation>Chưa in được trang thử (%1: %2).</translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="201"/>
        <source>None.</source>
        <translation>Không có.</translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="207"/>
        <source>%1  ·  issued %2  ·  %3</source>
        <translation>%1  ·  cấp lúc %2  ·  %3</translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="213"/>
        <source>Reprint</source>
        <translation>In lại</translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="221"/>
        <source>Cannot reprint: the office details (catalogue) are not loaded yet.</source>
        <translation>Chưa in lại được: chưa tải thông tin cơ quan (danh mục).</translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="229"/>
        <source>Reprinting ticket %1…</source>
        <translation>Đang in lại phiếu %1…</translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="250"/>
        <source>Ticket %1: printed.</source>
        <translation>Phiếu %1: đã in.</translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="252"/>
        <source>Ticket %1: not printed (%2).</source>
        <translation>Phiếu %1: chưa in được (%2).</translation>
    </message>
</context>
<context>
    <name>ProcedureDetailScreen</name>
    <message>
        <location filename="../../screens/procedures.py" line="294"/>
        <source>Print this guide</source>
        <translation>In hướng dẫn này</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="295"/>
        <source>Submit online here</source>
        <translation>Nộp hồ sơ trực tuyến tại đây</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="296"/>
        <source>Pay the fee</source>
        <translation>Nộp phí, lệ phí</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="297"/>
        <source>Take a queue number</source>
        <translation>Lấy số thứ tự</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="302"/>
        <source>This page says which papers to bring, the fee and how long the procedure takes. Touch Print this guide to take it with you.</source>
        <translation>Trang này cho biết giấy tờ cần mang, lệ phí và thời gian giải quyết thủ tục. Chạm In hướng dẫn này để mang về.</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="320"/>
        <source>Procedure code</source>
        <translation>Mã thủ tục</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="321"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="323"/>
        <source>Documents to bring</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="326"/>
        <source>Fee</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="328"/>
        <source>Processing time</source>
        <translation>Thời hạn giải quyết</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="331"/>
        <source>Where to submit</source>
        <translation>Nơi nộp hồ sơ</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="332"/>
        <source>Online service</source>
        <translation>Dịch vụ công trực tuyến</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="333"/>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
</context>
<context>
    <name>ProceduresScreen</name>
    <message>
        <location filename="../../screens/procedures.py" line="88"/>
        <location filename="../../screens/procedures.py" line="204"/>
        <source>Look up a procedure</source>
        <extracomment>emitted after the list has been filled for the current query and field</extracomment>
        <translation>Tra cứu thủ tục</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="89"/>
        <source>Documents to bring, fees, processing time; print a guide</source>
        <translation>Giấy tờ cần mang, lệ phí, thời hạn; in hướng dẫn</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="169"/>
        <source>Fee: %1 VND</source>
        <translation>Lệ phí: %1 đồng</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="170"/>
        <source>No fee</source>
        <translation>Không mất phí</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="175"/>
        <source>The list of procedures is not available yet. Please ask an officer at the front desk.</source>
        <translation>Chưa có danh mục thủ tục. Vui lòng hỏi cán bộ tại bàn hướng dẫn.</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="180"/>
        <source>No procedure matches &quot;%1&quot;. Try fewer or other words, or choose a field.</source>
        <translation>Không có thủ tục nào khớp với &quot;%1&quot;. Hãy thử bớt từ hoặc dùng từ khác, hoặc chọn một lĩnh vực.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/procedures.py" line="185"/>
        <source>%n procedure(s). Touch one to see what to bring.</source>
        <translation>
            <numerusform>%n thủ tục. Chạm vào một thủ tục để xem cần mang giấy tờ gì.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="205"/>
        <source>Type a few words, e.g. khai sinh</source>
        <translation>Gõ vài từ, ví dụ: khai sinh</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="210"/>
        <source>Type the name of the procedure you need, or touch a field to see its procedures.</source>
        <translation>Gõ tên thủ tục bạn cần, hoặc chạm vào một lĩnh vực để xem các thủ tục của lĩnh vực đó.</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="218"/>
        <source>All fields</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
</context>
<context>
    <name>RatingScreen</name>
    <message>
        <location filename="../../screens/rating.py" line="190"/>
        <location filename="../../screens/rating.py" line="300"/>
        <source>Rate our service</source>
        <extracomment>score -&gt; (face colour, mouth curve: positive smiles) the pictogram over the last step&apos;s words, and its tone (style.qss) emitted on the UI thread when the rating is queued (True) or could not be (False)</extracomment>
        <translation>Đánh giá sự hài lòng</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="191"/>
        <source>Tell us how you were served at the counter</source>
        <translation>Cho chúng tôi biết bạn được phục vụ tại quầy thế nào</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="259"/>
        <source>I waited too long</source>
        <translation>Chờ đợi quá lâu</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="260"/>
        <source>The officer&apos;s attitude</source>
        <translation>Thái độ của cán bộ</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="261"/>
        <source>The guidance was unclear</source>
        <translation>Hướng dẫn chưa rõ ràng</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="262"/>
        <source>I was asked for extra documents</source>
        <translation>Bị yêu cầu thêm giấy tờ</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="263"/>
        <source>Seats, toilets, parking</source>
        <translation>Chỗ ngồi, nhà vệ sinh, chỗ để xe</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="268"/>
        <source>Very satisfied</source>
        <translation>Rất hài lòng</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="269"/>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="270"/>
        <source>Not satisfied</source>
        <translation>Chưa hài lòng</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="271"/>
        <source>Very dissatisfied</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="277"/>
        <source>Send without a reason</source>
        <translation>Gửi, không nêu lý do</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="282"/>
        <source>Touch the counter that served you.</source>
        <translation>Chạm vào quầy đã phục vụ bạn.</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="283"/>
        <source>Touch a face to say how well you were served.</source>
        <translation>Chạm vào một khuôn mặt để cho biết bạn được phục vụ thế nào.</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="284"/>
        <source>Touch what could have been better, or Send without a reason.</source>
        <translation>Chạm vào điều cần làm tốt hơn, hoặc chạm Gửi, không nêu lý do.</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="285"/>
        <source>Thank you for your rating.</source>
        <translation>Cảm ơn bạn đã đánh giá.</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="286"/>
        <source>Sorry, your rating could not be saved.</source>
        <translation>Xin lỗi, chưa lưu được đánh giá của bạn.</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="304"/>
        <source>Which counter served you?</source>
        <translation>Bạn được quầy nào phục vụ?</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="305"/>
        <source>How satisfied are you with %1?</source>
        <translation>Bạn có hài lòng với %1 không?</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="307"/>
        <source>What should we improve? (optional)</source>
        <translation>Chúng tôi cần cải thiện điều gì? (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="309"/>
        <source>Anything we could do better? (optional)</source>
        <translation>Chúng tôi có thể làm tốt hơn điều gì? (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="315"/>
        <source>Sending your rating…</source>
        <translation>Đang gửi đánh giá…</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="316"/>
        <source>Thank you! Your rating helps us serve you better.</source>
        <translation>Cảm ơn bạn! Đánh giá của bạn giúp chúng tôi phục vụ tốt hơn.</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="319"/>
        <source>Returning to the home screen in %1 s</source>
        <translation>Tự động về trang chủ sau %1 giây</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="323"/>
        <source>Sorry, your rating could not be saved. Please tell an officer at the front desk.</source>
        <translation>Xin lỗi, chưa lưu được đánh giá của bạn. Vui lòng báo cán bộ tại bàn hướng dẫn.</translation>
    </message>
</context>
<context>
    <name>ScannerPage</name>
    <message>
        <location filename="../../screens/technician/devices.py" line="281"/>
        <source>Scanner</source>
        <translation>Đầu đọc mã</translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="287"/>
        <source>Serial scanner on %1, %2 baud 8N1, prefix %3, suffix %4.</source>
        <translation>Đầu đọc mã cổng nối tiếp %1, %2 baud 8N1, tiền tố %3, hậu tố %4.</translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="296"/>
        <source>Scanner read directly from its input device %1 (its keys never reach the window), prefix %2, suffix %3.</source>
        <translation>Đầu đọc mã đọc trực tiếp từ thiết bị nhập %1 (các phím của nó không bao giờ đến cửa sổ), tiền tố %2, hậu tố %3.</translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="304"/>
        <source>Keyboard-wedge (USB keyboard) scanner.</source>
        <translation>Đầu đọc mã kiểu bàn phím (USB keyboard).</translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="309"/>
        <source>Scan a code: it shows here, newest first, and is not passed on to the citizen screens.</source>
        <translation>Hãy quét thử một mã: mã hiện ở đây, mới nhất ở trên, và không được chuyển sang các màn hình của người dân.</translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="313"/>
        <source>Clear</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="332"/>
        <source>Last classification: none yet</source>
        <translation>Nhận dạng gần nhất: chưa có</translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="335"/>
        <source>Last classification: %1</source>
        <translation>Nhận dạng gần nhất: %1</translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="339"/>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="341"/>
        <source>text: %1</source>
        <translation>chữ: %1</translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="343"/>
        <source>hex:  %1</source>
        <translation>hex: %1</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../screens/search_box.py" line="72"/>
        <source>⌨ Keyboard</source>
        <translation>⌨ Bàn phím</translation>
    </message>
</context>
<context>
    <name>SlipPrinting</name>
    <message>
        <location filename="../../screens/slips.py" line="53"/>
        <source>Printing, please wait…</source>
        <extracomment>emitted on the UI thread when a slip has printed (True) or not (False)</extracomment>
        <translation>Đang in, vui lòng chờ…</translation>
    </message>
    <message>
        <location filename="../../screens/slips.py" line="66"/>
        <source>Please take your slip from the printer.</source>
        <translation>Vui lòng nhận phiếu ở khe máy in.</translation>
    </message>
    <message>
        <location filename="../../screens/slips.py" line="71"/>
        <source>%1. The slip could not be printed; please ask an officer at the front desk for help.</source>
        <translation>%1. Không in được phiếu; vui lòng nhờ cán bộ tại bàn hướng dẫn hỗ trợ.</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <location filename="../../screens/technician/system.py" line="330"/>
        <source>Storage</source>
        <translation>Lưu trữ</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="334"/>
        <source>Data directory: %1</source>
        <translation>Thư mục dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="336"/>
        <source>Check integrity now</source>
        <translation>Kiểm tra toàn vẹn ngay</translation>
    </message>
</context>
<context>
    <name>SubmissionScreen</name>
    <message>
        <location filename="../../screens/submission.py" line="804"/>
        <source>Submit an application online</source>
        <translation>Nộp hồ sơ trực tuyến</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="365"/>
        <source>Fill in the form here; your ID card fills in your details</source>
        <translation>Khai tờ khai ngay tại đây; căn cước giúp điền sẵn thông tin</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="409"/>
        <source>Your ID card was read. Scan it again once the form is on screen to fill in your details.</source>
        <translation>Đã đọc căn cước. Khi tờ khai hiện ra, hãy quét lại để điền sẵn thông tin.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="418"/>
        <source>To look up a dossier, first finish or leave this application.</source>
        <translation>Để tra cứu hồ sơ, vui lòng hoàn tất hoặc rời khỏi tờ khai này trước.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="467"/>
        <source>Without your consent the application cannot be sent online. You can take a queue number and submit it at a counter instead.</source>
        <translation>Nếu không có sự đồng ý của bạn, hồ sơ không thể gửi trực tuyến. Bạn có thể lấy số thứ tự và nộp hồ sơ tại quầy.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="577"/>
        <location filename="../../screens/submission.py" line="828"/>
        <source>Please correct the fields whose message is shown under them.</source>
        <translation>Vui lòng sửa các mục có thông báo ngay bên dưới.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="754"/>
        <location filename="../../screens/submission.py" line="821"/>
        <source>Who is applying</source>
        <translation>Người nộp hồ sơ</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="666"/>
        <source>This form has no fields that an ID card can fill in.</source>
        <translation>Tờ khai này không có mục nào điền được từ căn cước.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="364"/>
        <source>Apply online</source>
        <extracomment>whether the field takes a form&apos;s whole width (a pledge, a choice of several) emitted on the UI thread with the step, whenever it changes</extracomment>
        <translation>Nộp hồ sơ trực tuyến</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="696"/>
        <source>Fill in these fields from the ID card that was scanned?</source>
        <translation>Điền các mục sau từ căn cước vừa quét?</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="721"/>
        <source>Please fill in this field.</source>
        <translation>Vui lòng điền mục này.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="722"/>
        <source>Too long: at most %1 characters.</source>
        <translation>Quá dài: tối đa %1 ký tự.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="723"/>
        <source>Please enter a number, using digits only.</source>
        <translation>Vui lòng nhập một số, chỉ dùng chữ số.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="724"/>
        <source>Please enter a whole number.</source>
        <translation>Vui lòng nhập số nguyên.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="726"/>
        <source>Please enter a number from %1 to %2.</source>
        <translation>Vui lòng nhập số từ %1 đến %2.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="731"/>
        <source>Please enter a date as day/month/year, e.g. 05/09/2020 or 05092020.</source>
        <translation>Vui lòng nhập ngày theo ngày/tháng/năm, ví dụ 05/09/2020 hoặc 05092020.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="733"/>
        <source>This date cannot be in the future.</source>
        <translation>Ngày này không được sau ngày hôm nay.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="734"/>
        <source>Please choose one of the options.</source>
        <translation>Vui lòng chọn một trong các lựa chọn.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="735"/>
        <source>Please tick this box to continue.</source>
        <translation>Vui lòng đánh dấu vào ô này để tiếp tục.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="737"/>
        <source>Please enter a Vietnamese phone number of 10 digits, e.g. 0905123456.</source>
        <translation>Vui lòng nhập số điện thoại 10 chữ số, ví dụ 0905123456.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="739"/>
        <source>Please enter the 12-digit number on your citizen ID card.</source>
        <translation>Vui lòng nhập số định danh 12 chữ số trên thẻ căn cước.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="740"/>
        <source>Please check this field.</source>
        <translation>Vui lòng kiểm tra lại mục này.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="751"/>
        <source>(not filled in)</source>
        <translation>(không điền)</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="751"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="765"/>
        <source>Choose the service you want to apply for.</source>
        <translation>Chọn dịch vụ bạn muốn nộp hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="766"/>
        <source>Your consent to the processing of personal data</source>
        <translation>Đồng ý cho xử lý dữ liệu cá nhân</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="767"/>
        <source>I agree</source>
        <translation>Tôi đồng ý</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="768"/>
        <source>I do not agree</source>
        <translation>Tôi không đồng ý</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="770"/>
        <source>Have your citizen ID card? Scan its QR code to fill in your details.</source>
        <translation>Có thẻ căn cước? Quét mã QR trên thẻ để điền sẵn thông tin.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="772"/>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="773"/>
        <source>Fill in</source>
        <translation>Điền</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="774"/>
        <source>Do not fill in</source>
        <translation>Không điền</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="775"/>
        <source>Please check your application before sending.</source>
        <translation>Vui lòng kiểm tra lại hồ sơ trước khi gửi.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="776"/>
        <source>Change something</source>
        <translation>Sửa lại</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="777"/>
        <source>Send the application</source>
        <translation>Gửi hồ sơ</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="778"/>
        <source>Sending your application, please wait…</source>
        <translation>Đang gửi hồ sơ, vui lòng chờ…</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="779"/>
        <source>Print the receipt again</source>
        <translation>In lại biên nhận</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="780"/>
        <source>Pay the fee now</source>
        <translation>Nộp lệ phí ngay</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="781"/>
        <source>Finish</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="786"/>
        <source>Touch the procedure you want to apply for online.</source>
        <translation>Chạm vào thủ tục bạn muốn nộp hồ sơ trực tuyến.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="788"/>
        <source>Please read how your information will be used, then touch I agree to go on.</source>
        <translation>Vui lòng đọc cách thông tin của bạn được sử dụng, rồi chạm Tôi đồng ý để tiếp tục.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="791"/>
        <source>Hold the QR code of your citizen ID card under the scanner to fill in your details, then fill in the rest and touch Continue.</source>
        <translation>Đưa mã QR trên căn cước công dân vào máy quét để điền sẵn thông tin, rồi điền phần còn lại và chạm Tiếp tục.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="794"/>
        <source>Check your application, then touch Send the application.</source>
        <translation>Kiểm tra hồ sơ, rồi chạm Gửi hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="795"/>
        <source>Please take your receipt from the printer slot and keep it.</source>
        <translation>Mời bạn lấy giấy biên nhận ở khe máy in và giữ lại.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="837"/>
        <source>Your application has been received</source>
        <translation>Hồ sơ của bạn đã được tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="838"/>
        <source>Your application is saved on the kiosk</source>
        <translation>Hồ sơ của bạn đã được lưu trên ki-ốt</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="839"/>
        <source>Your application could not be accepted online</source>
        <translation>Hồ sơ không được tiếp nhận trực tuyến</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="840"/>
        <source>Sorry, your application could not be saved</source>
        <translation>Xin lỗi, chưa lưu được hồ sơ của bạn</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="853"/>
        <source>Your dossier code is above and on the receipt that is printing. Use it to follow your application on this kiosk.</source>
        <translation>Mã hồ sơ ở trên và trên giấy biên nhận đang in. Dùng mã này để theo dõi hồ sơ tại ki-ốt.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="857"/>
        <source>The kiosk cannot reach the service system now; it will send your application by itself as soon as it can. Keep the slip with this reference; you will get a dossier code when it arrives.</source>
        <translation>Ki-ốt đang mất kết nối với hệ thống; hồ sơ sẽ tự động được gửi ngay khi có mạng. Hãy giữ phiếu có mã tham chiếu này; bạn sẽ nhận mã hồ sơ khi hồ sơ đến nơi.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="863"/>
        <source>Please take the slip with this reference to a counter; an officer will help you.</source>
        <translation>Vui lòng mang phiếu có mã tham chiếu này đến quầy; cán bộ sẽ hỗ trợ bạn.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="867"/>
        <source>Nothing was sent. Please ask an officer at the front desk for help.</source>
        <translation>Chưa có gì được gửi đi. Vui lòng nhờ cán bộ tại bàn hướng dẫn hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="883"/>
        <source>Result due: %1</source>
        <translation>Hẹn trả kết quả: %1</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../screens/technician/system.py" line="161"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="165"/>
        <source>Acknowledge outbox loss</source>
        <translation>Xác nhận hàng đợi gửi bị mất dữ liệu</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="165"/>
        <source>Touch again: the loss was dealt with</source>
        <translation>Chạm lần nữa: đã xử lý xong</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="167"/>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="170"/>
        <source>Dead letters: refused by the province, never sent again unless retried. Discard erases the item&apos;s content.</source>
        <translation>Mục bị từ chối: tỉnh không nhận, sẽ không gửi lại trừ khi chọn Thử lại. Hủy bỏ sẽ xóa nội dung của mục.</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="213"/>
        <source>Acknowledged %1 outbox loss(es).</source>
        <translation>Đã xác nhận %1 lần hàng đợi gửi bị mất dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="217"/>
        <source>Not done: %1</source>
        <translation>Chưa thực hiện được: %1</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="223"/>
        <source>Sync started.</source>
        <translation>Đã bắt đầu đồng bộ.</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="266"/>
        <source>None.</source>
        <translation>Không có.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/technician/system.py" line="272"/>
        <source>%1  ·  queued %2  ·  %n attempt(s)</source>
        <translation>
            <numerusform>%1  ·  xếp hàng lúc %2  ·  đã thử %n lần</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="279"/>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="280"/>
        <source>Discard</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="280"/>
        <source>Touch again to erase</source>
        <translation>Chạm lần nữa để xóa</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="299"/>
        <source>Queued again: %1.</source>
        <translation>Đã xếp hàng gửi lại: %1.</translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="301"/>
        <source>Discarded: %1.</source>
        <translation>Đã hủy bỏ: %1.</translation>
    </message>
</context>
<context>
    <name>Technician</name>
    <message>
        <location filename="../technician/config_edit.py" line="141"/>
        <source>Language of the citizen screens at start.</source>
        <translation>Ngôn ngữ của màn hình người dân khi khởi động.</translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="147"/>
        <source>Seconds without a touch before a citizen&apos;s screen is wiped and Home comes back.</source>
        <translation>Số giây không ai chạm trước khi xóa màn hình của người dân và về Trang chủ.</translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="156"/>
        <source>The last seconds of that wait, shown as a countdown a touch cancels.</source>
        <translation>Số giây cuối của khoảng chờ đó, hiện dạng đếm ngược; chạm vào màn hình để hủy.</translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="164"/>
        <source>Seconds on an untouched Home before the announcements show (0: never).</source>
        <translation>Số giây Trang chủ không được chạm trước khi hiện thông báo (0: không bao giờ).</translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="172"/>
        <source>Seconds a result (ticket printed, rating sent) stays on screen.</source>
        <translation>Số giây một kết quả (đã in phiếu, đã gửi đánh giá) ở lại trên màn hình.</translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="180"/>
        <source>How Vietnamese reaches paper: raster works on every printer; only the modes of this printer&apos;s profile are offered.</source>
        <translation>Cách in tiếng Việt ra giấy: raster in được trên mọi máy in; chỉ hiện các chế độ mà cấu hình của máy in này hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="189"/>
        <source>Width of the paper roll, in mm.</source>
        <translation>Khổ cuộn giấy, tính bằng mm.</translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="194"/>
        <source>A scanned ID card of someone this old or older offers a priority ticket.</source>
        <translation>Quét CCCD của người từ tuổi này trở lên thì ki-ốt đề nghị phiếu ưu tiên.</translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="202"/>
        <source>Spoken guidance: when each screen opens (entry), only when Listen is touched (button), or never (off).</source>
        <translation>Hướng dẫn bằng giọng nói: khi mỗi màn hình mở ra (entry), chỉ khi chạm Nghe hướng dẫn (button), hoặc không bao giờ (off).</translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="211"/>
        <source>The calling board: a chime then the call spoken, the chime only, or silent.</source>
        <translation>Bảng gọi số: chuông rồi đọc lời gọi, chỉ chuông, hoặc im lặng.</translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="219"/>
        <source>Loudness of the voice and the chime, in percent.</source>
        <translation>Âm lượng của giọng nói và chuông, tính theo phần trăm.</translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="225"/>
        <source>Hour from which nothing is spoken (the office&apos;s clock).</source>
        <translation>Giờ bắt đầu im lặng (theo giờ của cơ quan).</translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="231"/>
        <source>Hour until which nothing is spoken (equal hours: never quiet).</source>
        <translation>Giờ kết thúc im lặng (hai giờ bằng nhau: không bao giờ im lặng).</translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="239"/>
        <source>How numbers are read aloud: north (một trăm linh năm, nghìn) or south (lẻ, ngàn).</source>
        <translation>Cách đọc số: miền Bắc (một trăm linh năm, nghìn) hoặc miền Nam (lẻ, ngàn).</translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="247"/>
        <source>The lowest level written to the kiosk log.</source>
        <translation>Mức thấp nhất được ghi vào nhật ký ki-ốt.</translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="321"/>
        <source>%1 cannot be changed here; edit %2 and restart the kiosk</source>
        <translation>Không đổi được %1 ở đây; hãy sửa %2 rồi khởi động lại ki-ốt</translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="331"/>
        <source>%1 is set by the environment variable %2, which wins over the config file; change or remove it where it is set (e.g. the service&apos;s Environment=), then restart the kiosk</source>
        <translation>%1 được đặt bằng biến môi trường %2, biến này được ưu tiên hơn tệp cấu hình; hãy sửa hoặc xóa biến ở nơi đặt nó (ví dụ Environment= của dịch vụ), rồi khởi động lại ki-ốt</translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="348"/>
        <source>[%1] in %2 is not a table</source>
        <translation>[%1] trong %2 không phải là một bảng (table)</translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="386"/>
        <source>cannot read %1: %2</source>
        <translation>không đọc được %1: %2</translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="392"/>
        <source>cannot write %1: %2</source>
        <translation>không ghi được %1: %2</translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="399"/>
        <source>it is not a file</source>
        <translation>đó không phải là tệp</translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="402"/>
        <source>the file is read-only for the kiosk&apos;s user</source>
        <translation>người dùng của ki-ốt chỉ có quyền đọc tệp</translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="408"/>
        <source>%1 is not a folder</source>
        <translation>%1 không phải là thư mục</translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="412"/>
        <source>the kiosk&apos;s user may not write in the folder %1</source>
        <translation>người dùng của ki-ốt không có quyền ghi vào thư mục %1</translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="427"/>
        <source>(set, hidden)</source>
        <translation>(đã đặt, ẩn)</translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="429"/>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="432"/>
        <source>(platform default)</source>
        <translation>(mặc định của hệ điều hành)</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/checks.py" line="84"/>
        <source>the check itself failed: %1</source>
        <translation>chính phép kiểm tra bị lỗi: %1</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/checks.py" line="102"/>
        <source>no result within %1 s</source>
        <translation>không có kết quả trong %1 giây</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/checks.py" line="139"/>
        <source>%1 s</source>
        <translation>%1 giây</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/checks.py" line="141"/>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/checks.py" line="143"/>
        <source>%1 h</source>
        <translation>%1 giờ</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/checks.py" line="144"/>
        <source>%1 days</source>
        <translation>%1 ngày</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/checks.py" line="152"/>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="18"/>
        <source>ONLINE</source>
        <translation>SẴN SÀNG</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="19"/>
        <source>PAPER_LOW</source>
        <translation>SẮP HẾT GIẤY</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="20"/>
        <source>PAPER_OUT</source>
        <translation>HẾT GIẤY</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="21"/>
        <source>COVER_OPEN</source>
        <translation>NẮP ĐANG MỞ</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="22"/>
        <source>OFFLINE</source>
        <translation>MẤT KẾT NỐI</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="23"/>
        <source>UNKNOWN</source>
        <translation>KHÔNG RÕ</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="28"/>
        <source>change the paper roll soon</source>
        <translation>sắp phải thay cuộn giấy</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="29"/>
        <source>load a paper roll</source>
        <translation>lắp cuộn giấy</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="30"/>
        <source>close the printer cover</source>
        <translation>đóng nắp máy in</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="31"/>
        <source>check power, cable and printer.uri</source>
        <translation>kiểm tra nguồn điện, cáp và printer.uri</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="32"/>
        <source>check the cable and printer.profile</source>
        <translation>kiểm tra cáp và printer.profile</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="49"/>
        <source>no printer configured: printer.uri is &apos;virtual&apos;, the demo&apos;s simulated printer</source>
        <translation>chưa cấu hình máy in: printer.uri là &apos;virtual&apos;, máy in mô phỏng của bản demo</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="79"/>
        <location filename="../technician/diagnostics/storage.py" line="46"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="88"/>
        <source>status not reported (%1); run kiosk print-test to see that it prints</source>
        <translation>máy in không báo trạng thái (%1); chạy kiosk print-test để xem máy có in được không</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="103"/>
        <source>%1: %2 - %3</source>
        <translation>%1: %2 - %3</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="127"/>
        <source>keyboard-wedge scanner: nothing to check from a shell; scan a code on the kiosk&apos;s Home screen</source>
        <translation>đầu đọc mã kiểu bàn phím: không kiểm tra được từ dòng lệnh; hãy quét thử một mã ở Trang chủ của ki-ốt</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="151"/>
        <source>%1 is present</source>
        <translation>đã thấy %1</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="165"/>
        <source>no permission to open %1 (is the kiosk user in the dialout group?)</source>
        <translation>không có quyền mở %1 (người dùng của ki-ốt đã thuộc nhóm dialout chưa?)</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="179"/>
        <source>cannot open %1: %2</source>
        <translation>không mở được %1: %2</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="190"/>
        <source>%1 is present and the running kiosk is reading it</source>
        <translation>đã thấy %1 và ki-ốt đang chạy đang đọc cổng này</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="204"/>
        <source>%1 is present and opens (no kiosk is reading it now)</source>
        <translation>đã thấy %1 và mở được (hiện không có ki-ốt nào đang đọc)</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="213"/>
        <source>%1 not found: scanner unplugged, or scanner.port is wrong</source>
        <translation>không thấy %1: đầu đọc mã chưa cắm, hoặc scanner.port sai</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="242"/>
        <source>%1 is present and held by the running kiosk (if no kiosk runs, another program has grabbed it and no scan reaches the kiosk)</source>
        <translation>đã thấy %1 và ki-ốt đang chạy đang giữ thiết bị này (nếu không có ki-ốt nào chạy thì một chương trình khác đã chiếm thiết bị và không mã nào đến được ki-ốt)</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="259"/>
        <source>%1 (%2) is present and can be grabbed (no kiosk is reading it now)</source>
        <translation>đã thấy %1 (%2) và chiếm giữ được (hiện không có ki-ốt nào đang đọc)</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="273"/>
        <source>an evdev scanner is read on Linux only: set scanner.kind to &quot;keyboard&quot; or &quot;serial&quot;</source>
        <translation>đầu đọc mã evdev chỉ đọc được trên Linux: đặt scanner.kind là &quot;keyboard&quot; hoặc &quot;serial&quot;</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="280"/>
        <source>python-evdev cannot be imported: this build of the kiosk lacks it; rebuild it (DEPLOY.md, section 1)</source>
        <translation>không nạp được python-evdev: bản dựng ki-ốt này thiếu nó; hãy dựng lại (DEPLOY.md, mục 1)</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="292"/>
        <source>%1 is not a keyboard (a touchscreen or a mouse?): scanner.device must be the scanner&apos;s …-event-kbd device</source>
        <translation>%1 không phải bàn phím (màn hình cảm ứng hay chuột?): scanner.device phải là thiết bị …-event-kbd của đầu đọc mã</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="301"/>
        <source>%1 not found: scanner unplugged, or scanner.device is wrong</source>
        <translation>không thấy %1: đầu đọc mã chưa cắm, hoặc scanner.device sai</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="308"/>
        <source>no permission to read %1: the scanner&apos;s udev rule did not apply (check its vendor id, reload the rules, replug the scanner; see DEPLOY.md)</source>
        <translation>không có quyền truy cập để đọc %1: quy tắc udev của đầu đọc mã chưa có hiệu lực (kiểm tra mã nhà sản xuất (vendor id), nạp lại các quy tắc, rút đầu đọc mã ra rồi cắm lại; xem DEPLOY.md)</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="317"/>
        <source>%1 is not an input event device: scanner.device is wrong</source>
        <translation>%1 không phải thiết bị nhập (input event device): scanner.device sai</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="323"/>
        <source>cannot read the scanner: %1</source>
        <translation>không đọc được đầu đọc mã: %1</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="63"/>
        <source>TLS: the certificate of %1 is not trusted (%2)</source>
        <translation>TLS: chứng chỉ của %1 không được tin cậy (%2)</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="69"/>
        <source>TLS: handshake with %1 failed (%2)</source>
        <translation>TLS: bắt tay với %1 không thành công (%2)</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="75"/>
        <source>DNS: cannot resolve %1 (%2)</source>
        <translation>DNS: không phân giải được %1 (%2)</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="81"/>
        <source>connection refused by %1</source>
        <translation>%1 từ chối kết nối</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="86"/>
        <source>no answer from %1 within %2 s</source>
        <translation>%1 không trả lời trong %2 giây</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="92"/>
        <source>%1 closed the connection without an answer</source>
        <translation>%1 đóng kết nối mà không trả lời</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="95"/>
        <source>cannot reach %1: %2</source>
        <translation>không kết nối được tới %1: %2</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="119"/>
        <source>no province configured: api.base_url is empty</source>
        <translation>chưa cấu hình máy chủ của tỉnh: api.base_url để trống</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="136"/>
        <source>session opened with the device token</source>
        <translation>đã mở phiên làm việc bằng token thiết bị</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="139"/>
        <source>province reached in %1 ms, TLS %2, device token accepted</source>
        <translation>kết nối tới tỉnh trong %1 ms, TLS: %2, token thiết bị được chấp nhận</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="145"/>
        <source>slow: %1</source>
        <translation>chậm: %1</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="152"/>
        <source>none (plain http)</source>
        <translation>không có (http thường)</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="154"/>
        <source>verified</source>
        <translation>đã xác minh</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="155"/>
        <source>not verified (api.verify_tls is off)</source>
        <translation>không xác minh (api.verify_tls đang tắt)</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="162"/>
        <source>device token refused (HTTP 401): check api.device_token (%1)</source>
        <translation>token thiết bị bị từ chối (HTTP 401): kiểm tra api.device_token (%1)</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="171"/>
        <source>the province asks the kiosk to slow down (HTTP 429)</source>
        <translation>tỉnh yêu cầu ki-ốt giảm tần suất gửi (HTTP 429)</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="175"/>
        <source>province API error (HTTP %1)</source>
        <translation>lỗi API của tỉnh (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="178"/>
        <source>unexpected answer, not the province API? (%1)</source>
        <translation>câu trả lời không như mong đợi, có phải API của tỉnh không? (%1)</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/storage.py" line="49"/>
        <source>%1 not created yet (the kiosk has not run here)</source>
        <translation>%1 chưa được tạo (ki-ốt chưa chạy ở đây)</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/storage.py" line="54"/>
        <source>%1 has schema %2; upgraded at the kiosk&apos;s next start</source>
        <translation>%1 có schema %2; sẽ được nâng cấp ở lần khởi động tới của ki-ốt</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/storage.py" line="115"/>
        <source>unreadable (%1)</source>
        <translation>không đọc được (%1)</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/storage.py" line="121"/>
        <source>damaged: %1</source>
        <translation>bị hỏng: %1</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/storage.py" line="128"/>
        <source>schema %1 is from a newer kiosk (this one knows %2)</source>
        <translation>schema %1 là của ki-ốt phiên bản mới hơn (phiên bản này chỉ biết tới %2)</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/storage.py" line="149"/>
        <source>cannot read free space of %1: %2</source>
        <translation>không đọc được dung lượng trống của %1: %2</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/storage.py" line="157"/>
        <source>%1 free in %2</source>
        <translation>còn trống %1 trong %2</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/storage.py" line="160"/>
        <source>only %1: make room, or the outbox cannot grow</source>
        <translation>chỉ %1: hãy giải phóng dung lượng, nếu không hàng đợi gửi không thể lớn thêm</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/sync.py" line="44"/>
        <source>oldest pending item waiting %1</source>
        <translation>mục chờ gửi lâu nhất đã chờ %1</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/sync.py" line="50"/>
        <source>%1 dead letter(s) for a technician (kiosk sync lists them)</source>
        <translation>%1 mục bị từ chối cần kỹ thuật viên xử lý (kiosk sync liệt kê các mục này)</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/sync.py" line="58"/>
        <source>catalogue never pulled</source>
        <translation>chưa từng tải danh mục</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/sync.py" line="68"/>
        <source>%1 (acknowledge on the technician Sync page once dealt with)</source>
        <translation>%1 (xử lý xong thì xác nhận ở trang Đồng bộ của chế độ kỹ thuật viên)</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/sync.py" line="79"/>
        <source>%1 answer(s) were not the province&apos;s (a captive portal or a proxy?): nothing was marked delivered on them</source>
        <translation>%1 câu trả lời không phải của tỉnh (trang đăng nhập Wi-Fi hay proxy?): không mục nào được đánh dấu đã gửi dựa trên các câu trả lời này</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/sync.py" line="88"/>
        <source>%1 pending, %2 dead; last pull %3, last push %4</source>
        <translation>%1 chờ gửi, %2 bị từ chối; lần tải về gần nhất %3, lần gửi lên gần nhất %4</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/sync.py" line="103"/>
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/sync.py" line="104"/>
        <source>%1 ago</source>
        <translation>%1 trước</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/system.py" line="32"/>
        <source>time zone %1 cannot be loaded (tzdata missing from this installation?)</source>
        <translation>không tải được múi giờ %1 (bản cài đặt này thiếu tzdata?)</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/system.py" line="43"/>
        <source>%1, local time %2</source>
        <translation>%1, giờ địa phương %2</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/system.py" line="51"/>
        <source>%1; not compared (no api.base_url)</source>
        <translation>%1; chưa so sánh (không có api.base_url)</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/system.py" line="57"/>
        <source>no Date header in its answer</source>
        <translation>câu trả lời không có header Date</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/system.py" line="63"/>
        <source>%1; not compared with the province: %2</source>
        <translation>%1; chưa so sánh với giờ của tỉnh: %2</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/system.py" line="77"/>
        <source>system clock is %1 ahead of the province&apos;s: set the time (NTP); %2</source>
        <translation>đồng hồ hệ thống nhanh hơn giờ của tỉnh %1: hãy chỉnh giờ (NTP); %2</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/system.py" line="82"/>
        <source>system clock is %1 behind the province&apos;s: set the time (NTP); %2</source>
        <translation>đồng hồ hệ thống chậm hơn giờ của tỉnh %1: hãy chỉnh giờ (NTP); %2</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/system.py" line="94"/>
        <source>%1; within %2 s of the province</source>
        <translation>%1; lệch không quá %2 giây so với giờ của tỉnh</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/system.py" line="120"/>
        <source>kiosk %1, Python %2 on %3</source>
        <translation>ki-ốt %1, Python %2 trên %3</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/voice.py" line="40"/>
        <source>voice off</source>
        <translation>giọng nói đang tắt</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/voice.py" line="45"/>
        <source>no speech engine: install espeak-ng, or set voice.command (a Piper voice); calls only chime</source>
        <translation>không có bộ đọc: hãy cài espeak-ng, hoặc đặt voice.command (giọng Piper); lời gọi chỉ có chuông</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/voice.py" line="59"/>
        <source>the speech engine failed: %1</source>
        <translation>bộ đọc bị lỗi: %1</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/voice.py" line="67"/>
        <source>%1 speaks Vietnamese, but no sound player was found: install pipewire, pulseaudio-utils or alsa-utils, or set voice.player</source>
        <translation>%1 đọc được tiếng Việt, nhưng không tìm thấy chương trình phát âm thanh: hãy cài pipewire, pulseaudio-utils hoặc alsa-utils, hoặc đặt voice.player</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/voice.py" line="78"/>
        <source>%1, Vietnamese voice %2, played by %3; a call renders in %4 ms</source>
        <translation>%1, giọng tiếng Việt %2, phát bằng %3; một lời gọi được tạo trong %4 ms</translation>
    </message>
</context>
<context>
    <name>TechnicianScreen</name>
    <message>
        <location filename="../../screens/technician/mode.py" line="115"/>
        <source>Technician mode · %1</source>
        <extracomment>a technician chose Quit kiosk: the window may close ends the process&apos;s event loop with an exit code (tests replace it)</extracomment>
        <translation>Chế độ kỹ thuật viên · %1</translation>
    </message>
    <message>
        <location filename="../../screens/technician/mode.py" line="116"/>
        <source>Exit to Home</source>
        <translation>Về Trang chủ</translation>
    </message>
    <message>
        <location filename="../../screens/technician/mode.py" line="117"/>
        <source>Quit kiosk</source>
        <translation>Thoát ki-ốt</translation>
    </message>
    <message>
        <location filename="../../screens/technician/mode.py" line="117"/>
        <source>Touch again to quit the kiosk</source>
        <translation>Chạm lần nữa để thoát</translation>
    </message>
</context>
<context>
    <name>TicketFieldsScreen</name>
    <message>
        <location filename="../../screens/ticket_fields.py" line="110"/>
        <source>Choose the field you need</source>
        <translation>Chọn lĩnh vực bạn cần giải quyết</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_fields.py" line="82"/>
        <source>Your ID card shows you are %1 or older: your ticket will be a priority ticket.</source>
        <translation>Căn cước cho thấy bạn từ %1 tuổi trở lên: phiếu của bạn là số ưu tiên.</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_fields.py" line="92"/>
        <source>Priority by age starts at %1. If you are disabled, pregnant or a war veteran, touch the priority button.</source>
        <translation>Số ưu tiên theo tuổi dành cho người từ %1 tuổi. Nếu bạn là người khuyết tật, phụ nữ mang thai hoặc thương binh, hãy chạm nút số ưu tiên.</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_fields.py" line="115"/>
        <source>Touch the field of your matter to take a queue number. Elderly people, people with a disability, pregnant women and carers of small children may take a priority number.</source>
        <translation>Chạm vào lĩnh vực bạn cần giải quyết để lấy số thứ tự. Người cao tuổi, người khuyết tật, phụ nữ mang thai và người có con nhỏ được lấy số ưu tiên.</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_fields.py" line="122"/>
        <source>✓ Priority ticket</source>
        <translation>✓ Số ưu tiên</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_fields.py" line="124"/>
        <source>Priority ticket?</source>
        <translation>Lấy số ưu tiên?</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_fields.py" line="125"/>
        <source>Elderly, disabled, pregnant, with a small child, people with merit</source>
        <translation>Người cao tuổi, người khuyết tật, phụ nữ mang thai, người có con nhỏ, người có công</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_fields.py" line="148"/>
        <source>No more numbers today</source>
        <translation>Hôm nay đã hết số</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_fields.py" line="152"/>
        <source>Not now: numbers again from %1</source>
        <translation>Tạm ngừng: cấp số trở lại từ %1</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_fields.py" line="155"/>
        <source>Not at this time</source>
        <translation>Hiện không cấp số</translation>
    </message>
</context>
<context>
    <name>TicketPrintScreen</name>
    <message>
        <location filename="../../screens/ticket_print.py" line="208"/>
        <source>Your number is %1. Please take your ticket from the printer slot, and wait until your number is called.</source>
        <extracomment>the pictogram of each state, and its tone (style.qss)</extracomment>
        <translation>Số của bạn là %1. Mời bạn lấy phiếu ở khe máy in và chờ đến khi được gọi số.</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="215"/>
        <source>Sorry, your ticket did not print. Please show this screen to an officer at the front desk.</source>
        <translation>Xin lỗi, phiếu của bạn chưa in được. Mời bạn đưa màn hình này cho cán bộ ở quầy hướng dẫn xem.</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="221"/>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="222"/>
        <source>Take an ordinary number</source>
        <translation>Lấy số thứ tự thường</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="236"/>
        <source>Returning to the home screen in %1 s</source>
        <translation>Tự động về trang chủ sau %1 giây</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="243"/>
        <source>Printing your ticket, please wait…</source>
        <translation>Đang in phiếu, vui lòng chờ…</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="251"/>
        <source>Your number</source>
        <translation>Số thứ tự của bạn</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="255"/>
        <source>Please go to %1 when your number is called</source>
        <translation>Mời bạn đến %1 khi được gọi số</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="263"/>
        <source>People ahead of you: %1 (about %2 wait)</source>
        <translation>Trước bạn: %1 người, chờ khoảng %2</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="268"/>
        <source>People ahead of you: %1</source>
        <translation>Trước bạn: %1 người</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="271"/>
        <source>Priority ticket</source>
        <translation>Số ưu tiên</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="274"/>
        <source>Appointment at %1 (%2)</source>
        <translation>Lịch hẹn lúc %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="279"/>
        <source>Please take your ticket from the printer slot.</source>
        <translation>Vui lòng nhận phiếu ở khe máy in.</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="285"/>
        <source>No number was given to you. Please ask an officer at the front desk for help, or try again once the printer is fixed.</source>
        <translation>Bạn chưa được cấp số. Vui lòng nhờ cán bộ tại bàn hướng dẫn hỗ trợ, hoặc thử lại khi máy in đã được khắc phục.</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="290"/>
        <source>Sorry, your ticket did not print</source>
        <translation>Xin lỗi, phiếu của bạn chưa in được</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="295"/>
        <source>Your number is %1. Please show this screen to an officer at the front desk; they can print your ticket again.</source>
        <translation>Số thứ tự của bạn là %1. Vui lòng đưa màn hình này cho cán bộ tại bàn hướng dẫn để được in lại phiếu.</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="303"/>
        <source>Numbers are not given at this time</source>
        <translation>Hiện không trong giờ cấp số thứ tự</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="306"/>
        <location filename="../../screens/ticket_print.py" line="323"/>
        <source>Numbers are given again from %1.</source>
        <translation>Cấp số trở lại từ %1.</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="314"/>
        <source>You can still look up procedures and dossiers, apply online and pay fees at this kiosk.</source>
        <translation>Bạn vẫn có thể tra cứu thủ tục, hồ sơ, nộp hồ sơ trực tuyến và nộp phí tại ki-ốt này.</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="320"/>
        <source>No more numbers today for this field</source>
        <translation>Hôm nay đã hết số cho lĩnh vực này</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="331"/>
        <source>All of today&apos;s numbers for this field have been given out. Please come back on the next working day, or ask an officer at the front desk.</source>
        <translation>Toàn bộ số thứ tự hôm nay của lĩnh vực này đã được cấp hết. Vui lòng quay lại vào ngày làm việc tiếp theo, hoặc hỏi cán bộ tại bàn hướng dẫn.</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="338"/>
        <source>Sorry, no number can be issued right now</source>
        <translation>Xin lỗi, hiện chưa cấp được số thứ tự</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="342"/>
        <source>The kiosk cannot reach the queue system. Please try again in a few minutes, or ask an officer at the front desk for help.</source>
        <translation>Ki-ốt chưa kết nối được hệ thống xếp hàng. Vui lòng thử lại sau ít phút hoặc nhờ cán bộ tại bàn hướng dẫn hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="361"/>
        <source>Or book an appointment for another day, and skip the queue: scan this code with your phone.</source>
        <translation>Hoặc đặt lịch hẹn cho ngày khác để không phải xếp hàng: quét mã này bằng điện thoại.</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="380"/>
        <source>No appointment found</source>
        <translation>Không tìm thấy lịch hẹn</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="381"/>
        <source>It is too early to check in</source>
        <translation>Chưa đến giờ xác nhận lịch hẹn</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="382"/>
        <source>The time of your appointment has passed</source>
        <translation>Đã quá giờ hẹn của bạn</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="383"/>
        <source>This appointment was cancelled</source>
        <translation>Lịch hẹn này đã bị hủy</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="384"/>
        <source>This appointment has already been checked in</source>
        <translation>Lịch hẹn này đã được xác nhận</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="385"/>
        <source>Your appointment cannot be checked now</source>
        <translation>Hiện chưa kiểm tra được lịch hẹn của bạn</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="391"/>
        <source>Your appointment is at %1. You can check in from %2.</source>
        <translation>Bạn hẹn lúc %1. Bạn có thể xác nhận từ %2.</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="396"/>
        <source>Your appointment was at %1.</source>
        <translation>Bạn đã hẹn lúc %1.</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="400"/>
        <source>There is no appointment for today with this ID card. If you booked one, please scan the QR code on your confirmation, or take an ordinary number.</source>
        <translation>Hôm nay không có lịch hẹn nào với căn cước này. Nếu bạn đã đặt lịch, vui lòng quét mã QR trên phiếu hẹn, hoặc lấy số thứ tự thường.</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="405"/>
        <source>There is no appointment for today with this code. Please check the code on your confirmation, or take an ordinary number.</source>
        <translation>Hôm nay không có lịch hẹn nào với mã này. Vui lòng kiểm tra lại mã trên phiếu hẹn, hoặc lấy số thứ tự thường.</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="409"/>
        <source>Please come back to the kiosk then. You can also take an ordinary number now from the home screen.</source>
        <translation>Vui lòng quay lại ki-ốt vào giờ đó. Bạn cũng có thể lấy số thứ tự thường ngay bây giờ từ màn hình chính.</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="413"/>
        <source>Check-in for it has closed. You can take an ordinary number instead.</source>
        <translation>Đã hết thời gian xác nhận lịch hẹn này. Bạn có thể lấy số thứ tự thường.</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="416"/>
        <source>You can take an ordinary number, or book again online.</source>
        <translation>Bạn có thể lấy số thứ tự thường, hoặc đặt lịch lại trực tuyến.</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="419"/>
        <source>Your ticket was printed when you checked in. If you lost it, please ask an officer at the front desk.</source>
        <translation>Phiếu số thứ tự đã được in khi bạn xác nhận. Nếu làm mất phiếu, xin hỏi cán bộ tại bàn hướng dẫn.</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="423"/>
        <source>The kiosk cannot reach the appointment system. Please type the code on your confirmation, try again in a few minutes, or ask an officer at the front desk.</source>
        <translation>Ki-ốt chưa kết nối được hệ thống lịch hẹn. Vui lòng nhập mã trên phiếu hẹn, thử lại sau vài phút, hoặc hỏi cán bộ tại bàn hướng dẫn.</translation>
    </message>
</context>
</TS>

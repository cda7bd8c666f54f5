<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AnnouncementsScreen</name>
    <message>
        <location filename="../../screens/announcements.py" line="90"/>
        <source>Touch the screen to begin</source>
        <translation>Chạm vào màn hình để bắt đầu</translation>
    </message>
    <message>
        <location filename="../../screens/announcements.py" line="97"/>
        <source>Welcome!</source>
        <translation>Xin chào quý khách!</translation>
    </message>
    <message>
        <location filename="../../screens/announcements.py" line="100"/>
        <source>This kiosk gives queue numbers, explains procedures and looks up dossiers.</source>
        <translation>Ki-ốt cấp số thứ tự, hướng dẫn thủ tục hành chính và tra cứu hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../screens/announcements.py" line="110"/>
        <source>⚠ Fraud warning</source>
        <translation>⚠ Cảnh báo lừa đảo</translation>
    </message>
    <message>
        <location filename="../../screens/announcements.py" line="111"/>
        <source>Opening hours</source>
        <translation>Giờ làm việc</translation>
    </message>
    <message>
        <location filename="../../screens/announcements.py" line="112"/>
        <source>Notice</source>
        <translation>Thông báo</translation>
    </message>
</context>
<context>
    <name>DossierStatusScreen</name>
    <message>
        <location filename="../../screens/dossier_status.py" line="141"/>
        <location filename="../../screens/dossier_status.py" line="276"/>
        <source>Look up a dossier</source>
        <extracomment>emitted on the UI thread when a lookup has ended (with the state it left)</extracomment>
        <translation>Tra cứu hồ sơ</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="143"/>
        <source>Where your application stands: scan or type the code on your receipt</source>
        <translation>Xem hồ sơ của bạn đang ở bước nào: quét hoặc nhập mã trên giấy biên nhận</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="247"/>
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="248"/>
        <source>Being processed</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="249"/>
        <source>More documents needed</source>
        <translation>Cần bổ sung giấy tờ</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="250"/>
        <source>Result ready for collection</source>
        <translation>Đã có kết quả, mời nhận</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="251"/>
        <source>Result handed over</source>
        <translation>Đã trả kết quả</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="252"/>
        <source>Not accepted</source>
        <translation>Không được tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="253"/>
        <source>Withdrawn</source>
        <translation>Đã rút hồ sơ</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="279"/>
        <source>Scan the barcode on your receipt, or type the dossier code and touch &quot;Look up&quot;.</source>
        <translation>Quét mã vạch trên giấy biên nhận, hoặc nhập mã hồ sơ rồi chạm &quot;Tra cứu&quot;.</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="282"/>
        <source>Example: %1</source>
        <translation>Ví dụ: %1</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="283"/>
        <source>Look up</source>
        <translation>Tra cứu</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="284"/>
        <source>Print status slip</source>
        <translation>In phiếu tình trạng</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="285"/>
        <source>Look up another dossier</source>
        <translation>Tra cứu hồ sơ khác</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="286"/>
        <source>History</source>
        <translation>Quá trình giải quyết</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="294"/>
        <source>Looking up dossier %1…</source>
        <translation>Đang tra cứu hồ sơ %1…</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="296"/>
        <source>No dossier with code %1 was found. Please check the code on your receipt; if it is right, ask an officer at the front desk.</source>
        <translation>Không tìm thấy hồ sơ có mã %1. Vui lòng kiểm tra lại mã trên giấy biên nhận; nếu mã đúng, xin hỏi cán bộ tại bàn hướng dẫn.</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="301"/>
        <source>This is not a dossier code. A dossier code looks like %1: you find it under the barcode on your receipt.</source>
        <translation>Đây không phải mã hồ sơ. Mã hồ sơ có dạng %1, in dưới mã vạch trên giấy biên nhận.</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="305"/>
        <source>The kiosk cannot reach the service system now and has no earlier status of dossier %1. Please try again later, or ask an officer at the front desk.</source>
        <translation>Ki-ốt đang mất kết nối với hệ thống và chưa có tình trạng nào trước đây của hồ sơ %1. Vui lòng thử lại sau, hoặc hỏi cán bộ tại bàn hướng dẫn.</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="311"/>
        <source>Your application %1 is saved on this kiosk and will be sent to the service system as soon as it can be reached. Scan your receipt again later to see its dossier code and status.</source>
        <translation>Hồ sơ %1 của bạn đã được lưu trên ki-ốt và sẽ được gửi đến hệ thống dịch vụ công ngay khi kết nối được. Hãy quét lại giấy biên nhận sau để xem mã hồ sơ và tình trạng.</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="316"/>
        <source>Your application %1 could not be accepted online. Please take your receipt to an officer at the front desk.</source>
        <translation>Hồ sơ %1 của bạn không được tiếp nhận trực tuyến. Vui lòng mang giấy biên nhận đến gặp cán bộ tại quầy tiếp nhận.</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="320"/>
        <source>No application with the reference %1 was made on this kiosk. Please ask an officer at the front desk.</source>
        <translation>Không có hồ sơ nào mang số tham chiếu %1 được nộp tại ki-ốt này. Vui lòng hỏi cán bộ tại quầy tiếp nhận.</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="350"/>
        <source>Received: %1</source>
        <translation>Tiếp nhận: %1</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="353"/>
        <source>Result due: %1</source>
        <translation>Hẹn trả kết quả: %1</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="359"/>
        <source>The kiosk cannot reach the service system now. This is the last status seen here, at %1; it may have changed since.</source>
        <translation>Ki-ốt đang mất kết nối với hệ thống. Đây là tình trạng ki-ốt biết gần nhất, lúc %1; hồ sơ có thể đã chuyển bước.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../screens/home.py" line="72"/>
        <source>Welcome!</source>
        <translation>Xin chào quý khách!</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="73"/>
        <source>Touch a button below to begin.</source>
        <translation>Vui lòng chạm vào nút bên dưới để bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="88"/>
        <source>Take a queue number</source>
        <translation>Lấy số thứ tự</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="89"/>
        <source>Not available now: the ticket printer needs an officer&apos;s attention</source>
        <translation>Tạm ngừng: máy in phiếu cần cán bộ kiểm tra</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="91"/>
        <source>Get a printed ticket and wait to be called to a counter</source>
        <translation>Nhận phiếu in và chờ được mời đến quầy</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="101"/>
        <source>Connecting to the service system, please wait…</source>
        <translation>Đang kết nối với hệ thống, vui lòng chờ…</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="104"/>
        <source>The service system is not available right now. Please ask an officer at the front desk.</source>
        <translation>Hệ thống tạm thời chưa sẵn sàng. Vui lòng liên hệ cán bộ tại bàn hướng dẫn.</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="119"/>
        <source>Opening hours: %1</source>
        <translation>Giờ làm việc: %1</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="121"/>
        <source>Hotline: %1</source>
        <translation>Đường dây nóng: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../screens/main_window.py" line="272"/>
        <source>◀ Back</source>
        <extracomment>full-screen kiosk: close requests (Alt+F4, the window manager) are refused</extracomment>
        <translation>◀ Quay lại</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="273"/>
        <source>I am still here</source>
        <translation>Tôi vẫn đang dùng</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="274"/>
        <source>⌂ Home</source>
        <translation>⌂ Trang chủ</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="277"/>
        <source>Public service kiosk</source>
        <translation>Ki-ốt dịch vụ công</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="292"/>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="293"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="294"/>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="305"/>
        <source>A+ Large text</source>
        <translation>A+ Chữ lớn</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="306"/>
        <source>◐ Contrast</source>
        <translation>◐ Tương phản</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="324"/>
        <source>Are you still there? To protect your information, this screen will be cleared in %1 s.</source>
        <translation>Bạn còn dùng ki-ốt không? Để bảo vệ thông tin của bạn, màn hình sẽ được xóa sau %1 giây.</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="441"/>
        <source>Your citizen ID card was read. To use it, first choose &quot;Take a queue number&quot;.</source>
        <translation>Đã đọc căn cước của bạn. Để dùng căn cước, trước hết hãy chọn &quot;Lấy số thứ tự&quot;.</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="444"/>
        <source>This is a payment code. Please pay it with your bank&apos;s app.</source>
        <translation>Đây là mã thanh toán. Vui lòng thanh toán bằng ứng dụng ngân hàng của bạn.</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="447"/>
        <source>This is a ticket from this kiosk. Please wait until your number is called.</source>
        <translation>Đây là phiếu số thứ tự của ki-ốt. Vui lòng chờ đến lượt được gọi số.</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="450"/>
        <source>Code not recognised. Scan the QR code on your citizen ID card, the barcode on your dossier receipt, or a ticket from this kiosk.</source>
        <translation>Không đọc được mã. Vui lòng quét mã QR trên căn cước, mã vạch trên giấy biên nhận hồ sơ, hoặc phiếu của ki-ốt.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../screens/onscreen_keyboard.py" line="184"/>
        <source>Space</source>
        <extracomment>the smallest key side: about 22 mm on a 21.5&quot; 1920×1080 screen a row of keys: (character or special key, width in half keys); None leaves a gap every key touched: the character typed, or the special key&apos;s name (&quot;backspace&quot;, …) the Done key</extracomment>
        <translation>Dấu cách</translation>
    </message>
    <message>
        <location filename="../../screens/onscreen_keyboard.py" line="185"/>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../../screens/onscreen_keyboard.py" line="186"/>
        <source>123</source>
        <translation>123</translation>
    </message>
    <message>
        <location filename="../../screens/onscreen_keyboard.py" line="187"/>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <location filename="../../screens/onscreen_keyboard.py" line="192"/>
        <source>Backspace</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../screens/onscreen_keyboard.py" line="192"/>
        <source>Shift</source>
        <translation>Chữ hoa</translation>
    </message>
</context>
<context>
    <name>PaymentScreen</name>
    <message>
        <location filename="../../screens/payment.py" line="104"/>
        <location filename="../../screens/payment.py" line="252"/>
        <source>Pay a fee</source>
        <extracomment>how long after the code is shown the kiosk keeps it up without a touch (the citizen is in their bank app); after that the idle timeout applies again emitted on the UI thread with the new step, whenever the step changes</extracomment>
        <translation>Nộp phí, lệ phí</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="105"/>
        <source>Pay by bank app with a VietQR code</source>
        <translation>Chuyển khoản bằng ứng dụng ngân hàng qua mã VietQR</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="245"/>
        <source>This procedure has no fee to pay.</source>
        <translation>Thủ tục này không phải nộp phí.</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="247"/>
        <source>Paying fees is not available at this kiosk yet. Please pay at the counter.</source>
        <translation>Ki-ốt này chưa nhận nộp phí. Vui lòng nộp tại quầy.</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="249"/>
        <source>This payment cannot be made here. Please pay at the counter.</source>
        <translation>Không thể nộp khoản này tại ki-ốt. Vui lòng nộp tại quầy.</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="265"/>
        <source>Choose the procedure whose fee you want to pay.</source>
        <translation>Chọn thủ tục bạn muốn nộp phí, lệ phí.</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="277"/>
        <source>Amount: %1</source>
        <translation>Số tiền: %1</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="290"/>
        <source>Payment reference: %1</source>
        <translation>Mã thanh toán: %1</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="291"/>
        <source>Account: %1</source>
        <translation>Tài khoản: %1</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="300"/>
        <source>Touch &quot;Show payment code&quot;, then scan it with your bank app. Do not change the amount or the content.</source>
        <translation>Chạm &quot;Hiện mã thanh toán&quot;, rồi quét mã bằng ứng dụng ngân hàng. Không sửa số tiền và nội dung chuyển khoản.</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="303"/>
        <source>Preparing your payment code…</source>
        <translation>Đang tạo mã thanh toán…</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="305"/>
        <source>Open your bank app, choose &quot;Scan QR&quot; and scan this code. A slip with the same code is printing. This screen shows when the money has arrived.</source>
        <translation>Mở ứng dụng ngân hàng, chọn &quot;Quét mã QR&quot; và quét mã này. Phiếu có cùng mã đang được in. Màn hình sẽ báo khi đã nhận được tiền.</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="309"/>
        <source>✓ Payment received. Thank you! Keep the slip as your record.</source>
        <translation>✓ Đã nhận tiền. Cảm ơn bạn! Hãy giữ phiếu để đối chiếu.</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="311"/>
        <source>This payment code is no longer valid. Please ask an officer at the front desk.</source>
        <translation>Mã thanh toán này không còn hiệu lực. Vui lòng hỏi cán bộ tại bàn hướng dẫn.</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="317"/>
        <source>✓ PAID
%1</source>
        <translation>✓ ĐÃ THANH TOÁN
%1</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="253"/>
        <source>Show payment code</source>
        <translation>Hiện mã thanh toán</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="254"/>
        <source>Print the slip again</source>
        <translation>In lại phiếu</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="255"/>
        <source>Finish</source>
        <translation>Kết thúc</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../../screens/technician/entry.py" line="125"/>
        <source>Technician mode</source>
        <translation>Chế độ kỹ thuật viên</translation>
    </message>
    <message>
        <location filename="../../screens/technician/entry.py" line="154"/>
        <source>Technician mode is disabled on this kiosk: no PIN is set. A technician sets one from a shell with: kiosk set-pin</source>
        <translation>Chế độ kỹ thuật viên đang tắt trên ki-ốt này: chưa đặt mã PIN. Kỹ thuật viên đặt mã PIN từ dòng lệnh: kiosk set-pin</translation>
    </message>
    <message>
        <location filename="../../screens/technician/entry.py" line="159"/>
        <source>Enter the technician PIN.</source>
        <translation>Nhập mã PIN kỹ thuật viên.</translation>
    </message>
    <message>
        <location filename="../../screens/technician/entry.py" line="165"/>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Nhập sai mã PIN quá nhiều lần. Vui lòng thử lại sau %1 giây.</translation>
    </message>
    <message>
        <location filename="../../screens/technician/entry.py" line="185"/>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../screens/technician/entry.py" line="201"/>
        <source>Wrong PIN. %1 more wrong PIN(s) lock the entry for a while.</source>
        <translation>Sai mã PIN. Nhập sai thêm %1 lần nữa sẽ tạm khóa việc đăng nhập.</translation>
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
        <location filename="../../screens/slips.py" line="26"/>
        <source>The ticket printer is out of paper</source>
        <translation>Máy in phiếu đã hết giấy</translation>
    </message>
    <message>
        <location filename="../../screens/slips.py" line="28"/>
        <source>The ticket printer&apos;s cover is open</source>
        <translation>Nắp máy in phiếu đang mở</translation>
    </message>
    <message>
        <location filename="../../screens/slips.py" line="30"/>
        <source>The ticket printer is not working</source>
        <translation>Máy in phiếu đang gặp sự cố</translation>
    </message>
    <message>
        <location filename="../../screens/slips.py" line="31"/>
        <source>The ticket printer does not respond</source>
        <translation>Máy in phiếu không phản hồi</translation>
    </message>
</context>
<context>
    <name>ProcedureDetailScreen</name>
    <message>
        <location filename="../../screens/procedures.py" line="320"/>
        <source>Print this guide</source>
        <translation>In hướng dẫn này</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="321"/>
        <source>Submit online here</source>
        <translation>Nộp hồ sơ trực tuyến tại đây</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="322"/>
        <source>Pay the fee</source>
        <translation>Nộp phí, lệ phí</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="323"/>
        <source>Take a queue number</source>
        <translation>Lấy số thứ tự</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="340"/>
        <source>Procedure code</source>
        <translation>Mã thủ tục</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="341"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="343"/>
        <source>Documents to bring</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="346"/>
        <source>Fee</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="348"/>
        <source>Processing time</source>
        <translation>Thời hạn giải quyết</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="351"/>
        <source>Where to submit</source>
        <translation>Nơi nộp hồ sơ</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="352"/>
        <source>Online service</source>
        <translation>Dịch vụ công trực tuyến</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="353"/>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
</context>
<context>
    <name>ProceduresScreen</name>
    <message>
        <location filename="../../screens/procedures.py" line="101"/>
        <location filename="../../screens/procedures.py" line="235"/>
        <source>Look up a procedure</source>
        <extracomment>emitted after the list has been filled for the current query and field</extracomment>
        <translation>Tra cứu thủ tục</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="102"/>
        <source>Documents to bring, fees, processing time; print a guide</source>
        <translation>Giấy tờ cần mang, lệ phí, thời hạn; in hướng dẫn</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="183"/>
        <source>Fee: %1 VND</source>
        <translation>Lệ phí: %1 đồng</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="184"/>
        <source>No fee</source>
        <translation>Không mất phí</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="189"/>
        <source>The list of procedures is not available yet. Please ask an officer at the front desk.</source>
        <translation>Chưa có danh mục thủ tục. Vui lòng hỏi cán bộ tại bàn hướng dẫn.</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="194"/>
        <source>No procedure matches &quot;%1&quot;. Try fewer or other words, or choose a field.</source>
        <translation>Không có thủ tục nào khớp với &quot;%1&quot;. Hãy thử bớt từ hoặc dùng từ khác, hoặc chọn một lĩnh vực.</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="197"/>
        <source>%1 procedures. Touch one to see what to bring.</source>
        <translation>%1 thủ tục. Chạm vào một thủ tục để xem cần mang giấy tờ gì.</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="236"/>
        <source>Type a few words, e.g. khai sinh</source>
        <translation>Gõ vài từ, ví dụ: khai sinh</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="237"/>
        <source>⌨ Keyboard</source>
        <translation>⌨ Bàn phím</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="245"/>
        <source>All fields</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
</context>
<context>
    <name>RatingScreen</name>
    <message>
        <location filename="../../screens/rating.py" line="128"/>
        <location filename="../../screens/rating.py" line="229"/>
        <source>Rate our service</source>
        <extracomment>score -&gt; (face colour, mouth curve: positive smiles) emitted on the UI thread when the rating is queued (True) or could not be (False)</extracomment>
        <translation>Đánh giá sự hài lòng</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="129"/>
        <source>Tell us how you were served at the counter</source>
        <translation>Cho chúng tôi biết bạn được phục vụ tại quầy thế nào</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="196"/>
        <source>I waited too long</source>
        <translation>Chờ đợi quá lâu</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="197"/>
        <source>The officer&apos;s attitude</source>
        <translation>Thái độ của cán bộ</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="198"/>
        <source>The guidance was unclear</source>
        <translation>Hướng dẫn chưa rõ ràng</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="199"/>
        <source>I was asked for extra documents</source>
        <translation>Bị yêu cầu thêm giấy tờ</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="200"/>
        <source>Seats, toilets, parking</source>
        <translation>Chỗ ngồi, nhà vệ sinh, chỗ để xe</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="205"/>
        <source>Very satisfied</source>
        <translation>Rất hài lòng</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="206"/>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="207"/>
        <source>Not satisfied</source>
        <translation>Chưa hài lòng</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="208"/>
        <source>Very dissatisfied</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="215"/>
        <source>Send without a reason</source>
        <translation>Gửi, không nêu lý do</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="233"/>
        <source>Which counter served you?</source>
        <translation>Bạn được quầy nào phục vụ?</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="234"/>
        <source>How satisfied are you with %1?</source>
        <translation>Bạn có hài lòng với %1 không?</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="236"/>
        <source>What should we improve? (optional)</source>
        <translation>Chúng tôi cần cải thiện điều gì? (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="238"/>
        <source>Anything we could do better? (optional)</source>
        <translation>Chúng tôi có thể làm tốt hơn điều gì? (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="244"/>
        <source>Sending your rating…</source>
        <translation>Đang gửi đánh giá…</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="245"/>
        <source>Thank you! Your rating helps us serve you better.</source>
        <translation>Cảm ơn bạn! Đánh giá của bạn giúp chúng tôi phục vụ tốt hơn.</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="247"/>
        <source>Returning to the home screen in %1 s</source>
        <translation>Tự động về trang chủ sau %1 giây</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="251"/>
        <source>Sorry, your rating could not be saved. Please tell an officer at the front desk.</source>
        <translation>Xin lỗi, chưa lưu được đánh giá của bạn. Vui lòng báo cán bộ tại bàn hướng dẫn.</translation>
    </message>
</context>
<context>
    <name>SlipPrinting</name>
    <message>
        <location filename="../../screens/slips.py" line="51"/>
        <source>Printing, please wait…</source>
        <extracomment>emitted on the UI thread when a slip has printed (True) or not (False)</extracomment>
        <translation>Đang in, vui lòng chờ…</translation>
    </message>
    <message>
        <location filename="../../screens/slips.py" line="64"/>
        <source>Please take your slip from the printer.</source>
        <translation>Vui lòng nhận phiếu ở khe máy in.</translation>
    </message>
    <message>
        <location filename="../../screens/slips.py" line="68"/>
        <source>%1. The slip could not be printed; please ask an officer at the front desk for help.</source>
        <translation>%1. Không in được phiếu; vui lòng nhờ cán bộ tại bàn hướng dẫn hỗ trợ.</translation>
    </message>
</context>
<context>
    <name>SubmissionScreen</name>
    <message>
        <location filename="../../screens/submission.py" line="352"/>
        <location filename="../../screens/submission.py" line="730"/>
        <source>Submit an application online</source>
        <extracomment>emitted on the UI thread with the step, whenever it changes</extracomment>
        <translation>Nộp hồ sơ trực tuyến</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="353"/>
        <source>Fill in the form here; your ID card fills in your details</source>
        <translation>Khai tờ khai ngay tại đây; căn cước giúp điền sẵn thông tin</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="397"/>
        <source>Your ID card was read. Scan it again once the form is on screen to fill in your details.</source>
        <translation>Đã đọc căn cước. Khi tờ khai hiện ra, hãy quét lại để điền sẵn thông tin.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="406"/>
        <source>To look up a dossier, first finish or leave this application.</source>
        <translation>Để tra cứu hồ sơ, vui lòng hoàn tất hoặc rời khỏi tờ khai này trước.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="455"/>
        <source>Without your consent the application cannot be sent online. You can take a queue number and submit it at a counter instead.</source>
        <translation>Nếu không có sự đồng ý của bạn, hồ sơ không thể gửi trực tuyến. Bạn có thể lấy số thứ tự và nộp hồ sơ tại quầy.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="535"/>
        <location filename="../../screens/submission.py" line="754"/>
        <source>Please correct the fields whose message is shown under them.</source>
        <translation>Vui lòng sửa các mục có thông báo ngay bên dưới.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="694"/>
        <location filename="../../screens/submission.py" line="747"/>
        <source>Who is applying</source>
        <translation>Người nộp hồ sơ</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="613"/>
        <source>This form has no fields that an ID card can fill in.</source>
        <translation>Tờ khai này không có mục nào điền được từ căn cước.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="637"/>
        <source>Fill in these fields from the ID card that was scanned?</source>
        <translation>Điền các mục sau từ căn cước vừa quét?</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="662"/>
        <source>Please fill in this field.</source>
        <translation>Vui lòng điền mục này.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="663"/>
        <source>Too long: at most %1 characters.</source>
        <translation>Quá dài: tối đa %1 ký tự.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="666"/>
        <source>Please enter a number, using digits only.</source>
        <translation>Vui lòng nhập một số, chỉ dùng chữ số.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="667"/>
        <source>Please enter a whole number.</source>
        <translation>Vui lòng nhập số nguyên.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="668"/>
        <source>Please enter a number from %1 to %2.</source>
        <translation>Vui lòng nhập số từ %1 đến %2.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="672"/>
        <source>Please enter a date as day/month/year, e.g. 05/09/2020 or 05092020.</source>
        <translation>Vui lòng nhập ngày theo ngày/tháng/năm, ví dụ 05/09/2020 hoặc 05092020.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="674"/>
        <source>This date cannot be in the future.</source>
        <translation>Ngày này không được sau ngày hôm nay.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="675"/>
        <source>Please choose one of the options.</source>
        <translation>Vui lòng chọn một trong các lựa chọn.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="676"/>
        <source>Please tick this box to continue.</source>
        <translation>Vui lòng đánh dấu vào ô này để tiếp tục.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="678"/>
        <source>Please enter a Vietnamese phone number of 10 digits, e.g. 0905123456.</source>
        <translation>Vui lòng nhập số điện thoại 10 chữ số, ví dụ 0905123456.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="680"/>
        <source>Please enter the 12-digit number on your citizen ID card.</source>
        <translation>Vui lòng nhập số định danh 12 chữ số trên thẻ căn cước.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="681"/>
        <source>Please check this field.</source>
        <translation>Vui lòng kiểm tra lại mục này.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="691"/>
        <source>(not filled in)</source>
        <translation>(không điền)</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="691"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="705"/>
        <source>Choose the service you want to apply for.</source>
        <translation>Chọn dịch vụ bạn muốn nộp hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="706"/>
        <source>Your consent to the processing of personal data</source>
        <translation>Đồng ý cho xử lý dữ liệu cá nhân</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="707"/>
        <source>I agree</source>
        <translation>Tôi đồng ý</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="708"/>
        <source>I do not agree</source>
        <translation>Tôi không đồng ý</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="710"/>
        <source>Have your citizen ID card? Scan its QR code to fill in your details.</source>
        <translation>Có thẻ căn cước? Quét mã QR trên thẻ để điền sẵn thông tin.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="712"/>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="713"/>
        <source>Fill in</source>
        <translation>Điền</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="714"/>
        <source>Do not fill in</source>
        <translation>Không điền</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="715"/>
        <source>Please check your application before sending.</source>
        <translation>Vui lòng kiểm tra lại hồ sơ trước khi gửi.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="716"/>
        <source>Change something</source>
        <translation>Sửa lại</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="717"/>
        <source>Send the application</source>
        <translation>Gửi hồ sơ</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="718"/>
        <source>Sending your application, please wait…</source>
        <translation>Đang gửi hồ sơ, vui lòng chờ…</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="719"/>
        <source>Print the receipt again</source>
        <translation>In lại biên nhận</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="720"/>
        <source>Pay the fee now</source>
        <translation>Nộp lệ phí ngay</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="721"/>
        <source>Finish</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="763"/>
        <source>Your application has been received</source>
        <translation>Hồ sơ của bạn đã được tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="764"/>
        <source>Your application is saved on the kiosk</source>
        <translation>Hồ sơ của bạn đã được lưu trên ki-ốt</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="765"/>
        <source>Your application could not be accepted online</source>
        <translation>Hồ sơ không được tiếp nhận trực tuyến</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="766"/>
        <source>Sorry, your application could not be saved</source>
        <translation>Xin lỗi, chưa lưu được hồ sơ của bạn</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="779"/>
        <source>Your dossier code is above and on the receipt that is printing. Use it to follow your application on this kiosk.</source>
        <translation>Mã hồ sơ ở trên và trên giấy biên nhận đang in. Dùng mã này để theo dõi hồ sơ tại ki-ốt.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="783"/>
        <source>The kiosk cannot reach the service system now; it will send your application by itself as soon as it can. Keep the slip with this reference; you will get a dossier code when it arrives.</source>
        <translation>Ki-ốt đang mất kết nối với hệ thống; hồ sơ sẽ tự động được gửi ngay khi có mạng. Hãy giữ phiếu có mã tham chiếu này; bạn sẽ nhận mã hồ sơ khi hồ sơ đến nơi.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="789"/>
        <source>Please take the slip with this reference to a counter; an officer will help you.</source>
        <translation>Vui lòng mang phiếu có mã tham chiếu này đến quầy; cán bộ sẽ hỗ trợ bạn.</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="793"/>
        <source>Nothing was sent. Please ask an officer at the front desk for help.</source>
        <translation>Chưa có gì được gửi đi. Vui lòng nhờ cán bộ tại bàn hướng dẫn hỗ trợ.</translation>
    </message>
</context>
<context>
    <name>TicketFieldsScreen</name>
    <message>
        <location filename="../../screens/ticket_fields.py" line="92"/>
        <source>Choose the field you need</source>
        <translation>Chọn lĩnh vực bạn cần giải quyết</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_fields.py" line="73"/>
        <source>Your ID card shows you are %1 or older: your ticket will be a priority ticket.</source>
        <translation>Căn cước cho thấy bạn từ %1 tuổi trở lên: phiếu của bạn là số ưu tiên.</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_fields.py" line="79"/>
        <source>Priority by age starts at %1. If you are disabled, pregnant or a war veteran, touch the priority button.</source>
        <translation>Số ưu tiên theo tuổi dành cho người từ %1 tuổi. Nếu bạn là người khuyết tật, phụ nữ mang thai hoặc thương binh, hãy chạm nút số ưu tiên.</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_fields.py" line="97"/>
        <source>✓ Priority ticket</source>
        <translation>✓ Số ưu tiên</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_fields.py" line="99"/>
        <source>Priority ticket?</source>
        <translation>Lấy số ưu tiên?</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_fields.py" line="100"/>
        <source>Elderly, disabled, pregnant, war veterans and people with merit</source>
        <translation>Người cao tuổi, người khuyết tật, phụ nữ mang thai, thương binh, người có công</translation>
    </message>
</context>
<context>
    <name>TicketPrintScreen</name>
    <message>
        <location filename="../../screens/ticket_print.py" line="107"/>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="118"/>
        <source>Returning to the home screen in %1 s</source>
        <translation>Tự động về trang chủ sau %1 giây</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="125"/>
        <source>Printing your ticket, please wait…</source>
        <translation>Đang in phiếu, vui lòng chờ…</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="133"/>
        <source>Your number</source>
        <translation>Số thứ tự của bạn</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="136"/>
        <source>Please go to %1 when your number is called</source>
        <translation>Mời bạn đến %1 khi được gọi số</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="142"/>
        <source>People waiting before you: %1</source>
        <translation>Số người chờ trước bạn: %1</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="145"/>
        <source>Priority ticket</source>
        <translation>Số ưu tiên</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="147"/>
        <source>Please take your ticket from the printer slot.</source>
        <translation>Vui lòng nhận phiếu ở khe máy in.</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="153"/>
        <source>No number was given to you. Please ask an officer at the front desk for help, or try again once the printer is fixed.</source>
        <translation>Bạn chưa được cấp số. Vui lòng nhờ cán bộ tại bàn hướng dẫn hỗ trợ, hoặc thử lại khi máy in đã được khắc phục.</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="158"/>
        <source>Sorry, your ticket did not print</source>
        <translation>Xin lỗi, phiếu của bạn chưa in được</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="162"/>
        <source>Your number is %1. Please show this screen to an officer at the front desk; they can print your ticket again.</source>
        <translation>Số thứ tự của bạn là %1. Vui lòng đưa màn hình này cho cán bộ tại bàn hướng dẫn để được in lại phiếu.</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="167"/>
        <source>Sorry, no number can be issued right now</source>
        <translation>Xin lỗi, hiện chưa cấp được số thứ tự</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="171"/>
        <source>The kiosk cannot reach the queue system. Please try again in a few minutes, or ask an officer at the front desk for help.</source>
        <translation>Ki-ốt chưa kết nối được hệ thống xếp hàng. Vui lòng thử lại sau ít phút hoặc nhờ cán bộ tại bàn hướng dẫn hỗ trợ.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>DossierStatusScreen</name>
    <message>
        <location filename="../screens/dossier_status.py" line="137"/>
        <location filename="../screens/dossier_status.py" line="236"/>
        <source>Look up a dossier</source>
        <extracomment>emitted on the UI thread when a lookup has ended (with the state it left)</extracomment>
        <translation>Tra cứu hồ sơ</translation>
    </message>
    <message>
        <location filename="../screens/dossier_status.py" line="138"/>
        <source>Where your application stands: scan or type the code on your receipt</source>
        <translation>Xem hồ sơ của bạn đang ở bước nào: quét hoặc nhập mã trên giấy biên nhận</translation>
    </message>
    <message>
        <location filename="../screens/dossier_status.py" line="207"/>
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <location filename="../screens/dossier_status.py" line="208"/>
        <source>Being processed</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <location filename="../screens/dossier_status.py" line="209"/>
        <source>More documents needed</source>
        <translation>Cần bổ sung giấy tờ</translation>
    </message>
    <message>
        <location filename="../screens/dossier_status.py" line="210"/>
        <source>Result ready for collection</source>
        <translation>Đã có kết quả, mời nhận</translation>
    </message>
    <message>
        <location filename="../screens/dossier_status.py" line="211"/>
        <source>Result handed over</source>
        <translation>Đã trả kết quả</translation>
    </message>
    <message>
        <location filename="../screens/dossier_status.py" line="212"/>
        <source>Not accepted</source>
        <translation>Không được tiếp nhận</translation>
    </message>
    <message>
        <location filename="../screens/dossier_status.py" line="213"/>
        <source>Withdrawn</source>
        <translation>Đã rút hồ sơ</translation>
    </message>
    <message>
        <location filename="../screens/dossier_status.py" line="237"/>
        <source>Scan the barcode on your receipt, or type the dossier code and touch &quot;Look up&quot;.</source>
        <translation>Quét mã vạch trên giấy biên nhận, hoặc nhập mã hồ sơ rồi chạm &quot;Tra cứu&quot;.</translation>
    </message>
    <message>
        <location filename="../screens/dossier_status.py" line="239"/>
        <source>Example: %1</source>
        <translation>Ví dụ: %1</translation>
    </message>
    <message>
        <location filename="../screens/dossier_status.py" line="240"/>
        <source>Look up</source>
        <translation>Tra cứu</translation>
    </message>
    <message>
        <location filename="../screens/dossier_status.py" line="241"/>
        <source>Print status slip</source>
        <translation>In phiếu tình trạng</translation>
    </message>
    <message>
        <location filename="../screens/dossier_status.py" line="242"/>
        <source>Look up another dossier</source>
        <translation>Tra cứu hồ sơ khác</translation>
    </message>
    <message>
        <location filename="../screens/dossier_status.py" line="243"/>
        <source>History</source>
        <translation>Quá trình giải quyết</translation>
    </message>
    <message>
        <location filename="../screens/dossier_status.py" line="247"/>
        <source>Looking up dossier %1…</source>
        <translation>Đang tra cứu hồ sơ %1…</translation>
    </message>
    <message>
        <location filename="../screens/dossier_status.py" line="248"/>
        <source>No dossier with code %1 was found. Please check the code on your receipt; if it is right, ask an officer at the front desk.</source>
        <translation>Không tìm thấy hồ sơ có mã %1. Vui lòng kiểm tra lại mã trên giấy biên nhận; nếu mã đúng, xin hỏi cán bộ tại bàn hướng dẫn.</translation>
    </message>
    <message>
        <location filename="../screens/dossier_status.py" line="251"/>
        <source>This is not a dossier code. A dossier code looks like %1: you find it under the barcode on your receipt.</source>
        <translation>Đây không phải mã hồ sơ. Mã hồ sơ có dạng %1, in dưới mã vạch trên giấy biên nhận.</translation>
    </message>
    <message>
        <location filename="../screens/dossier_status.py" line="277"/>
        <source>Received: %1</source>
        <translation>Tiếp nhận: %1</translation>
    </message>
    <message>
        <location filename="../screens/dossier_status.py" line="280"/>
        <source>Result due: %1</source>
        <translation>Hẹn trả kết quả: %1</translation>
    </message>
    <message>
        <location filename="../screens/dossier_status.py" line="283"/>
        <source>The kiosk cannot reach the service system now. This is the last status seen here, at %1; it may have changed since.</source>
        <translation>Ki-ốt đang mất kết nối với hệ thống. Đây là tình trạng ki-ốt biết gần nhất, lúc %1; hồ sơ có thể đã chuyển bước.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../screens/home.py" line="71"/>
        <source>Welcome!</source>
        <translation>Xin chào quý khách!</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="72"/>
        <source>Touch a button below to begin.</source>
        <translation>Vui lòng chạm vào nút bên dưới để bắt đầu.</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="78"/>
        <source>Take a queue number</source>
        <translation>Lấy số thứ tự</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="79"/>
        <source>Not available now: the ticket printer needs an officer&apos;s attention</source>
        <translation>Tạm ngừng: máy in phiếu cần cán bộ kiểm tra</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="81"/>
        <source>Get a printed ticket and wait to be called to a counter</source>
        <translation>Nhận phiếu in và chờ được mời đến quầy</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="87"/>
        <source>Connecting to the service system, please wait…</source>
        <translation>Đang kết nối với hệ thống, vui lòng chờ…</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="89"/>
        <source>The service system is not available right now. Please ask an officer at the front desk.</source>
        <translation>Hệ thống tạm thời chưa sẵn sàng. Vui lòng liên hệ cán bộ tại bàn hướng dẫn.</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="102"/>
        <source>Opening hours: %1</source>
        <translation>Giờ làm việc: %1</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="104"/>
        <source>Hotline: %1</source>
        <translation>Đường dây nóng: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../screens/main_window.py" line="130"/>
        <source>◀ Back</source>
        <translation>◀ Quay lại</translation>
    </message>
    <message>
        <location filename="../screens/main_window.py" line="131"/>
        <source>⌂ Home</source>
        <translation>⌂ Trang chủ</translation>
    </message>
    <message>
        <location filename="../screens/main_window.py" line="134"/>
        <source>Public service kiosk</source>
        <translation>Ki-ốt dịch vụ công</translation>
    </message>
    <message>
        <location filename="../screens/main_window.py" line="141"/>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <location filename="../screens/main_window.py" line="142"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../screens/main_window.py" line="143"/>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <location filename="../screens/main_window.py" line="194"/>
        <source>Your citizen ID card was read. To use it, first choose &quot;Take a queue number&quot;.</source>
        <translation>Đã đọc căn cước của bạn. Để dùng căn cước, trước hết hãy chọn &quot;Lấy số thứ tự&quot;.</translation>
    </message>
    <message>
        <location filename="../screens/main_window.py" line="197"/>
        <source>This is a payment code. Please pay it with your bank&apos;s app.</source>
        <translation>Đây là mã thanh toán. Vui lòng thanh toán bằng ứng dụng ngân hàng của bạn.</translation>
    </message>
    <message>
        <location filename="../screens/main_window.py" line="199"/>
        <source>This is a ticket from this kiosk. Please wait until your number is called.</source>
        <translation>Đây là phiếu số thứ tự của ki-ốt. Vui lòng chờ đến lượt được gọi số.</translation>
    </message>
    <message>
        <location filename="../screens/main_window.py" line="201"/>
        <source>Sorry, this code cannot be used. Scan the QR code on your citizen ID card, the barcode on your dossier receipt, or a ticket from this kiosk.</source>
        <translation>Xin lỗi, không dùng được mã này. Vui lòng quét mã QR trên căn cước, mã vạch trên giấy biên nhận hồ sơ, hoặc phiếu của ki-ốt.</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <location filename="../screens/slips.py" line="26"/>
        <source>The ticket printer is out of paper</source>
        <translation>Máy in phiếu đã hết giấy</translation>
    </message>
    <message>
        <location filename="../screens/slips.py" line="28"/>
        <source>The ticket printer&apos;s cover is open</source>
        <translation>Nắp máy in phiếu đang mở</translation>
    </message>
    <message>
        <location filename="../screens/slips.py" line="30"/>
        <source>The ticket printer is not working</source>
        <translation>Máy in phiếu đang gặp sự cố</translation>
    </message>
    <message>
        <location filename="../screens/slips.py" line="31"/>
        <source>The ticket printer does not respond</source>
        <translation>Máy in phiếu không phản hồi</translation>
    </message>
</context>
<context>
    <name>SlipPrinting</name>
    <message>
        <location filename="../screens/slips.py" line="51"/>
        <source>Printing, please wait…</source>
        <extracomment>emitted on the UI thread when a slip has printed (True) or not (False)</extracomment>
        <translation>Đang in, vui lòng chờ…</translation>
    </message>
    <message>
        <location filename="../screens/slips.py" line="60"/>
        <source>Please take your slip from the printer.</source>
        <translation>Vui lòng nhận phiếu ở khe máy in.</translation>
    </message>
    <message>
        <location filename="../screens/slips.py" line="62"/>
        <source>%1. The slip could not be printed; please ask an officer at the front desk for help.</source>
        <translation>%1. Không in được phiếu; vui lòng nhờ cán bộ tại bàn hướng dẫn hỗ trợ.</translation>
    </message>
</context>
<context>
    <name>TicketFieldsScreen</name>
    <message>
        <location filename="../screens/ticket_fields.py" line="87"/>
        <source>Choose the field you need</source>
        <translation>Chọn lĩnh vực bạn cần giải quyết</translation>
    </message>
    <message>
        <location filename="../screens/ticket_fields.py" line="72"/>
        <source>Your ID card shows you are %1 or older: your ticket will be a priority ticket.</source>
        <translation>Căn cước cho thấy bạn từ %1 tuổi trở lên: phiếu của bạn là số ưu tiên.</translation>
    </message>
    <message>
        <location filename="../screens/ticket_fields.py" line="75"/>
        <source>Priority by age starts at %1. If you are disabled, pregnant or a war veteran, touch the priority button.</source>
        <translation>Số ưu tiên theo tuổi dành cho người từ %1 tuổi. Nếu bạn là người khuyết tật, phụ nữ mang thai hoặc thương binh, hãy chạm nút số ưu tiên.</translation>
    </message>
    <message>
        <location filename="../screens/ticket_fields.py" line="89"/>
        <source>✓ Priority ticket (elderly, disabled, pregnant, war veterans)</source>
        <translation>✓ Số ưu tiên (người cao tuổi, người khuyết tật, phụ nữ mang thai, thương binh, người có công)</translation>
    </message>
    <message>
        <location filename="../screens/ticket_fields.py" line="91"/>
        <source>Priority ticket? (elderly, disabled, pregnant, war veterans)</source>
        <translation>Số ưu tiên? (người cao tuổi, người khuyết tật, phụ nữ mang thai, thương binh, người có công)</translation>
    </message>
</context>
<context>
    <name>TicketPrintScreen</name>
    <message>
        <location filename="../screens/ticket_print.py" line="134"/>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../screens/ticket_print.py" line="139"/>
        <source>Returning to the home screen in %1 s</source>
        <translation>Tự động về trang chủ sau %1 giây</translation>
    </message>
    <message>
        <location filename="../screens/ticket_print.py" line="142"/>
        <source>Printing your ticket, please wait…</source>
        <translation>Đang in phiếu, vui lòng chờ…</translation>
    </message>
    <message>
        <location filename="../screens/ticket_print.py" line="149"/>
        <source>Your number</source>
        <translation>Số thứ tự của bạn</translation>
    </message>
    <message>
        <location filename="../screens/ticket_print.py" line="151"/>
        <source>Please go to %1 when your number is called</source>
        <translation>Mời bạn đến %1 khi được gọi số</translation>
    </message>
    <message>
        <location filename="../screens/ticket_print.py" line="154"/>
        <source>People waiting before you: %1</source>
        <translation>Số người chờ trước bạn: %1</translation>
    </message>
    <message>
        <location filename="../screens/ticket_print.py" line="157"/>
        <source>Priority ticket</source>
        <translation>Số ưu tiên</translation>
    </message>
    <message>
        <location filename="../screens/ticket_print.py" line="159"/>
        <source>Please take your ticket from the printer slot.</source>
        <translation>Vui lòng nhận phiếu ở khe máy in.</translation>
    </message>
    <message>
        <location filename="../screens/ticket_print.py" line="164"/>
        <source>No number was given to you. Please ask an officer at the front desk for help, or try again once the printer is fixed.</source>
        <translation>Bạn chưa được cấp số. Vui lòng nhờ cán bộ tại bàn hướng dẫn hỗ trợ, hoặc thử lại khi máy in đã được khắc phục.</translation>
    </message>
    <message>
        <location filename="../screens/ticket_print.py" line="167"/>
        <source>Sorry, your ticket did not print</source>
        <translation>Xin lỗi, phiếu của bạn chưa in được</translation>
    </message>
    <message>
        <location filename="../screens/ticket_print.py" line="170"/>
        <source>Your number is %1. Please show this screen to an officer at the front desk; they can print your ticket again.</source>
        <translation>Số thứ tự của bạn là %1. Vui lòng đưa màn hình này cho cán bộ tại bàn hướng dẫn để được in lại phiếu.</translation>
    </message>
    <message>
        <location filename="../screens/ticket_print.py" line="173"/>
        <source>Sorry, no number can be issued right now</source>
        <translation>Xin lỗi, hiện chưa cấp được số thứ tự</translation>
    </message>
    <message>
        <location filename="../screens/ticket_print.py" line="176"/>
        <source>The kiosk cannot reach the queue system. Please try again in a few minutes, or ask an officer at the front desk for help.</source>
        <translation>Ki-ốt chưa kết nối được hệ thống xếp hàng. Vui lòng thử lại sau ít phút hoặc nhờ cán bộ tại bàn hướng dẫn hỗ trợ.</translation>
    </message>
</context>
</TS>

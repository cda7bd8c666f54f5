<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../screens/home.py" line="42"/>
        <source>Welcome!</source>
        <translation>Xin chào quý khách!</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="43"/>
        <source>Touch a button below to begin.</source>
        <translation>Vui lòng chạm vào nút bên dưới để bắt đầu.</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="45"/>
        <source>Take a queue number</source>
        <translation>Lấy số thứ tự</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="46"/>
        <source>Get a printed ticket and wait to be called to a counter</source>
        <translation>Nhận phiếu in và chờ được mời đến quầy</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="50"/>
        <source>Connecting to the service system, please wait…</source>
        <translation>Đang kết nối với hệ thống, vui lòng chờ…</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="52"/>
        <source>The service system is not available right now. Please ask an officer at the front desk.</source>
        <translation>Hệ thống tạm thời chưa sẵn sàng. Vui lòng liên hệ cán bộ tại bàn hướng dẫn.</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="65"/>
        <source>Opening hours: %1</source>
        <translation>Giờ làm việc: %1</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="67"/>
        <source>Hotline: %1</source>
        <translation>Đường dây nóng: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../screens/main_window.py" line="125"/>
        <source>◀ Back</source>
        <translation>◀ Quay lại</translation>
    </message>
    <message>
        <location filename="../screens/main_window.py" line="126"/>
        <source>⌂ Home</source>
        <translation>⌂ Trang chủ</translation>
    </message>
    <message>
        <location filename="../screens/main_window.py" line="129"/>
        <source>Public service kiosk</source>
        <translation>Ki-ốt dịch vụ công</translation>
    </message>
    <message>
        <location filename="../screens/main_window.py" line="136"/>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <location filename="../screens/main_window.py" line="137"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../screens/main_window.py" line="138"/>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <location filename="../screens/main_window.py" line="184"/>
        <source>Your citizen ID card was read. To use it, first choose &quot;Take a queue number&quot;.</source>
        <translation>Đã đọc căn cước của bạn. Để dùng căn cước, trước hết hãy chọn &quot;Lấy số thứ tự&quot;.</translation>
    </message>
    <message>
        <location filename="../screens/main_window.py" line="187"/>
        <source>Dossier %1: looking up a dossier is not available on this kiosk yet. Please ask an officer at the front desk.</source>
        <translation>Hồ sơ %1: ki-ốt này chưa tra cứu được hồ sơ. Vui lòng hỏi cán bộ tại bàn hướng dẫn.</translation>
    </message>
    <message>
        <location filename="../screens/main_window.py" line="191"/>
        <source>This is a payment code. Please pay it with your bank&apos;s app.</source>
        <translation>Đây là mã thanh toán. Vui lòng thanh toán bằng ứng dụng ngân hàng của bạn.</translation>
    </message>
    <message>
        <location filename="../screens/main_window.py" line="193"/>
        <source>This is a ticket from this kiosk. Please wait until your number is called.</source>
        <translation>Đây là phiếu số thứ tự của ki-ốt. Vui lòng chờ đến lượt được gọi số.</translation>
    </message>
    <message>
        <location filename="../screens/main_window.py" line="195"/>
        <source>Sorry, this code cannot be used. Scan the QR code on your citizen ID card, the barcode on your dossier receipt, or a ticket from this kiosk.</source>
        <translation>Xin lỗi, không dùng được mã này. Vui lòng quét mã QR trên căn cước, mã vạch trên giấy biên nhận hồ sơ, hoặc phiếu của ki-ốt.</translation>
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
        <location filename="../screens/ticket_print.py" line="126"/>
        <source>The ticket printer is out of paper</source>
        <translation>Máy in phiếu đã hết giấy</translation>
    </message>
    <message>
        <location filename="../screens/ticket_print.py" line="128"/>
        <source>The ticket printer&apos;s cover is open</source>
        <translation>Nắp máy in phiếu đang mở</translation>
    </message>
    <message>
        <location filename="../screens/ticket_print.py" line="130"/>
        <source>The ticket printer is not working</source>
        <translation>Máy in phiếu đang gặp sự cố</translation>
    </message>
    <message>
        <location filename="../screens/ticket_print.py" line="131"/>
        <source>The ticket printer does not respond</source>
        <translation>Máy in phiếu không phản hồi</translation>
    </message>
    <message>
        <location filename="../screens/ticket_print.py" line="146"/>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../screens/ticket_print.py" line="151"/>
        <source>Returning to the home screen in %1 s</source>
        <translation>Tự động về trang chủ sau %1 giây</translation>
    </message>
    <message>
        <location filename="../screens/ticket_print.py" line="154"/>
        <source>Printing your ticket, please wait…</source>
        <translation>Đang in phiếu, vui lòng chờ…</translation>
    </message>
    <message>
        <location filename="../screens/ticket_print.py" line="161"/>
        <source>Your number</source>
        <translation>Số thứ tự của bạn</translation>
    </message>
    <message>
        <location filename="../screens/ticket_print.py" line="163"/>
        <source>Please go to %1 when your number is called</source>
        <translation>Mời bạn đến %1 khi được gọi số</translation>
    </message>
    <message>
        <location filename="../screens/ticket_print.py" line="166"/>
        <source>People waiting before you: %1</source>
        <translation>Số người chờ trước bạn: %1</translation>
    </message>
    <message>
        <location filename="../screens/ticket_print.py" line="169"/>
        <source>Priority ticket</source>
        <translation>Số ưu tiên</translation>
    </message>
    <message>
        <location filename="../screens/ticket_print.py" line="171"/>
        <source>Please take your ticket from the printer slot.</source>
        <translation>Vui lòng nhận phiếu ở khe máy in.</translation>
    </message>
    <message>
        <location filename="../screens/ticket_print.py" line="176"/>
        <source>No number was given to you. Please ask an officer at the front desk for help, or try again once the printer is fixed.</source>
        <translation>Bạn chưa được cấp số. Vui lòng nhờ cán bộ tại bàn hướng dẫn hỗ trợ, hoặc thử lại khi máy in đã được khắc phục.</translation>
    </message>
    <message>
        <location filename="../screens/ticket_print.py" line="179"/>
        <source>Sorry, your ticket did not print</source>
        <translation>Xin lỗi, phiếu của bạn chưa in được</translation>
    </message>
    <message>
        <location filename="../screens/ticket_print.py" line="182"/>
        <source>Your number is %1. Please show this screen to an officer at the front desk; they can print your ticket again.</source>
        <translation>Số thứ tự của bạn là %1. Vui lòng đưa màn hình này cho cán bộ tại bàn hướng dẫn để được in lại phiếu.</translation>
    </message>
    <message>
        <location filename="../screens/ticket_print.py" line="185"/>
        <source>Sorry, no number can be issued right now</source>
        <translation>Xin lỗi, hiện chưa cấp được số thứ tự</translation>
    </message>
    <message>
        <location filename="../screens/ticket_print.py" line="188"/>
        <source>The kiosk cannot reach the queue system. Please try again in a few minutes, or ask an officer at the front desk for help.</source>
        <translation>Ki-ốt chưa kết nối được hệ thống xếp hàng. Vui lòng thử lại sau ít phút hoặc nhờ cán bộ tại bàn hướng dẫn hỗ trợ.</translation>
    </message>
</context>
</TS>

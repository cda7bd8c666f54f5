<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../../screens/technician/system.py" line="737"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="755"/>
        <source>Kiosk id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="756"/>
        <source>Data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="757"/>
        <source>Logs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="759"/>
        <source>Screen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="759"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnouncementsScreen</name>
    <message>
        <location filename="../../screens/announcements.py" line="125"/>
        <source>Touch the screen to begin</source>
        <extracomment>the pictogram of each kind of notice, and its tone (style.qss); other kinds: a notice&apos;s</extracomment>
        <translation type="unfinished">ប៉ះ​អេក្រង់​ដើម្បី​ចាប់ផ្ដើម</translation>
    </message>
    <message>
        <location filename="../../screens/announcements.py" line="132"/>
        <source>Welcome!</source>
        <translation type="unfinished">សូម​ស្វាគមន៍!</translation>
    </message>
    <message>
        <location filename="../../screens/announcements.py" line="135"/>
        <source>This kiosk gives queue numbers, explains procedures and looks up dossiers.</source>
        <translation type="unfinished">ម៉ាស៊ីន​នេះ​ផ្ដល់​លេខ​រង់ចាំ ពន្យល់​អំពី​នីតិវិធី និង​ស្វែងរក​សំណុំ​ឯកសារ។</translation>
    </message>
    <message>
        <location filename="../../screens/announcements.py" line="147"/>
        <source>⚠ Fraud warning</source>
        <translation type="unfinished">⚠ ប្រយ័ត្ន​ការ​បោកប្រាស់</translation>
    </message>
    <message>
        <location filename="../../screens/announcements.py" line="148"/>
        <source>Opening hours</source>
        <translation type="unfinished">ម៉ោង​ធ្វើការ</translation>
    </message>
    <message>
        <location filename="../../screens/announcements.py" line="149"/>
        <source>Notice</source>
        <translation type="unfinished">សេចក្ដី​ជូន​ដំណឹង</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <location filename="../../screens/check_in.py" line="63"/>
        <source>My appointment</source>
        <translation type="unfinished">ខ្ញុំ​មាន​ណាត់</translation>
    </message>
    <message>
        <location filename="../../screens/check_in.py" line="64"/>
        <source>Booked ahead: scan your confirmation or ID card</source>
        <translation type="unfinished">បាន​ណាត់​ទុក​មុន៖ ស្កេន​ប័ណ្ណ​ណាត់ជួប ឬ​អត្តសញ្ញាណប័ណ្ណ</translation>
    </message>
    <message>
        <location filename="../../screens/check_in.py" line="107"/>
        <source>Check in for your appointment</source>
        <translation type="unfinished">ចុះ​វត្តមាន​តាម​ការ​ណាត់ជួប</translation>
    </message>
    <message>
        <location filename="../../screens/check_in.py" line="110"/>
        <source>Scan the QR code on your appointment confirmation or your citizen ID card, or type your appointment code and touch &quot;Check in&quot;.</source>
        <translation type="unfinished">ស្កេន​កូដ QR លើ​ប័ណ្ណ​ណាត់ជួប ឬ​លើ​អត្តសញ្ញាណប័ណ្ណ ឬ​វាយ​លេខ​កូដ​ណាត់ជួប រួច​ចុច &quot;ចុះ​វត្តមាន&quot;។</translation>
    </message>
    <message>
        <location filename="../../screens/check_in.py" line="114"/>
        <source>Example: %1</source>
        <translation type="unfinished">ឧទាហរណ៍៖ %1</translation>
    </message>
    <message>
        <location filename="../../screens/check_in.py" line="115"/>
        <source>Check in</source>
        <translation type="unfinished">ចុះ​វត្តមាន</translation>
    </message>
    <message>
        <location filename="../../screens/check_in.py" line="121"/>
        <source>This is not a booking code. Please check it and type it again, or scan your booking.</source>
        <translation type="unfinished">នេះ​មិន​មែន​ជា​លេខ​កូដ​ណាត់ជួប​ទេ។ សូម​ពិនិត្យ​ហើយ​វាយ​ម្ដង​ទៀត ឬ​ស្កេន​ប័ណ្ណ​ណាត់ជួប។</translation>
    </message>
    <message>
        <location filename="../../screens/check_in.py" line="125"/>
        <source>If you booked an appointment, hold the QR code of your booking or your citizen ID card under the scanner, or type your booking code.</source>
        <translation type="unfinished">បើ​លោកអ្នក​បាន​ណាត់ជួប សូម​ដាក់​កូដ QR លើ​ប័ណ្ណ​ណាត់ជួប ឬ​អត្តសញ្ញាណប័ណ្ណ (CCCD) នៅ​ក្រោម​ម៉ាស៊ីន​ស្កេន ឬ​វាយ​លេខ​កូដ​ណាត់ជួប។</translation>
    </message>
    <message>
        <location filename="../../screens/check_in.py" line="133"/>
        <source>This is not an appointment code. It starts with LH and has 6 more letters or digits, like %1.</source>
        <translation type="unfinished">នេះ​មិន​មែន​ជា​លេខ​កូដ​ណាត់ជួប​ទេ។ លេខ​កូដ​ចាប់ផ្ដើម​ដោយ LH បន្ទាប់​មក​មាន​អក្សរ ឬ​លេខ 6 ខ្ទង់​ទៀត ដូចជា %1។</translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message>
        <location filename="../../screens/technician/parts.py" line="173"/>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/parts.py" line="176"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/parts.py" line="176"/>
        <source>WARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/parts.py" line="176"/>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigPage</name>
    <message>
        <location filename="../../screens/technician/system.py" line="575"/>
        <source>Config</source>
        <extracomment>a technician chose Restart kiosk</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="578"/>
        <source>Restart kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="578"/>
        <source>Touch again to restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="581"/>
        <source>Every key as the kiosk runs now; secrets hidden, (env): set by an environment variable. Other keys: edit the config file and restart; the PIN: kiosk set-pin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="631"/>
        <source>Changes are written to %1 and take effect after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="634"/>
        <source>Changes are written to %1 (created by the first change) and take effect after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="640"/>
        <source>The file as it is now would not start the kiosk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="646"/>
        <source>Saved, waiting for a restart: %1. Touch Restart kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="650"/>
        <source>Nothing saved waits for a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="675"/>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="688"/>
        <source>%1: %2 → %3, saved in %4. Takes effect after a restart: touch Restart kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="715"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigRow</name>
    <message>
        <location filename="../../screens/technician/system.py" line="471"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="518"/>
        <source>Now %1, set by the environment variable %2: change it where it is set (the config file would not win).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="525"/>
        <source>Now %1; %2 after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="527"/>
        <source>Now %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayPage</name>
    <message>
        <location filename="../../screens/technician/devices.py" line="468"/>
        <source>Display</source>
        <extracomment>how many cells have been touched</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="473"/>
        <source>Touch or drag across every cell: it turns green where the screen registers the touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="477"/>
        <source>Reset grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="483"/>
        <source>%1 of %2 cells touched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierStatusScreen</name>
    <message>
        <location filename="../../screens/dossier_status.py" line="176"/>
        <location filename="../../screens/dossier_status.py" line="315"/>
        <source>Look up a dossier</source>
        <extracomment>the pictogram beside the message of each state that has one, and its tone (style.qss) the pictogram beside a found dossier&apos;s state, in the colour of the state&apos;s words emitted on the UI thread when a lookup has ended (with the state it left)</extracomment>
        <translation type="unfinished">ស្វែងរក​សំណុំ​ឯកសារ</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="178"/>
        <source>Where your application stands: scan or type the code on your receipt</source>
        <translation type="unfinished">មើល​ថា​ពាក្យ​ស្នើសុំ​ដល់​ណា​ហើយ៖ ស្កេន ឬ​វាយ​លេខ​កូដ​លើ​បង្កាន់ដៃ</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="286"/>
        <source>Received</source>
        <translation type="unfinished">បាន​ទទួល</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="287"/>
        <source>Being processed</source>
        <translation type="unfinished">កំពុង​ដោះស្រាយ</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="288"/>
        <source>More documents needed</source>
        <translation type="unfinished">ត្រូវ​បន្ថែម​ឯកសារ</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="289"/>
        <source>Result ready for collection</source>
        <translation type="unfinished">មាន​លទ្ធផល​ហើយ សូម​មក​យក</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="290"/>
        <source>Result handed over</source>
        <translation type="unfinished">បាន​ប្រគល់​លទ្ធផល​ហើយ</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="291"/>
        <source>Not accepted</source>
        <translation type="unfinished">មិន​ទទួល​យក</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="292"/>
        <source>Withdrawn</source>
        <translation type="unfinished">បាន​ដក​វិញ</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="318"/>
        <source>Scan the barcode on your receipt, or type the dossier code and touch &quot;Look up&quot;.</source>
        <translation type="unfinished">ស្កេន​បាកូដ​លើ​បង្កាន់ដៃ ឬ​វាយ​លេខ​កូដ​សំណុំ​ឯកសារ រួច​ចុច &quot;ស្វែងរក&quot;។</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="321"/>
        <source>Example: %1</source>
        <translation type="unfinished">ឧទាហរណ៍៖ %1</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="322"/>
        <source>Look up</source>
        <translation type="unfinished">ស្វែងរក</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="323"/>
        <source>Print status slip</source>
        <translation type="unfinished">បោះពុម្ព​សន្លឹក​ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="324"/>
        <source>Look up another dossier</source>
        <translation type="unfinished">ស្វែងរក​សំណុំ​ឯកសារ​ផ្សេង</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="325"/>
        <source>History</source>
        <translation type="unfinished">ប្រវត្តិ​ដោះស្រាយ</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="331"/>
        <source>Hold the barcode on your receipt under the scanner, or type the dossier code printed on it.</source>
        <translation type="unfinished">សូម​ដាក់​បាកូដ​លើ​បង្កាន់ដៃ​នៅ​ក្រោម​ម៉ាស៊ីន​ស្កេន ឬ​វាយ​លេខ​កូដ​សំណុំ​ឯកសារ​ដែល​មាន​លើ​បង្កាន់ដៃ។</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="338"/>
        <source>The screen shows where your dossier stands. Ask an officer at the front desk if you need help.</source>
        <translation type="unfinished">អេក្រង់​បង្ហាញ​ថា​សំណុំ​ឯកសារ​របស់​លោកអ្នក​ដល់​ណា​ហើយ។ បើ​ត្រូវ​ការ​ជំនួយ សូម​សួរ​មន្ត្រី​នៅ​តុ​ព័ត៌មាន។</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="342"/>
        <source>This dossier could not be shown. Please check the code and try again, or ask an officer at the front desk.</source>
        <translation type="unfinished">មិន​អាច​បង្ហាញ​សំណុំ​ឯកសារ​នេះ​បាន​ទេ។ សូម​ពិនិត្យ​លេខ​កូដ ហើយ​សាក​ម្ដង​ទៀត ឬ​សួរ​មន្ត្រី​នៅ​តុ​ព័ត៌មាន។</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="351"/>
        <source>Looking up dossier %1…</source>
        <translation type="unfinished">កំពុង​ស្វែងរក​សំណុំ​ឯកសារ %1…</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="354"/>
        <source>No dossier with code %1 was found. Please check the code on your receipt; if it is right, ask an officer at the front desk.</source>
        <translation type="unfinished">រក​មិន​ឃើញ​សំណុំ​ឯកសារ​លេខ​កូដ %1 ទេ។ សូម​ពិនិត្យ​លេខ​កូដ​លើ​បង្កាន់ដៃ។ បើ​ត្រឹមត្រូវ សូម​សួរ​មន្ត្រី​នៅ​តុ​ព័ត៌មាន។</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="362"/>
        <source>This is not a dossier code. A dossier code looks like %1: you find it under the barcode on your receipt.</source>
        <translation type="unfinished">នេះ​មិន​មែន​ជា​លេខ​កូដ​សំណុំ​ឯកសារ​ទេ។ លេខ​កូដ​សំណុំ​ឯកសារ​មាន​រាង​ដូច %1 ហើយ​នៅ​ក្រោម​បាកូដ​លើ​បង្កាន់ដៃ។</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="369"/>
        <source>The kiosk cannot reach the service system now and has no earlier status of dossier %1. Please try again later, or ask an officer at the front desk.</source>
        <translation type="unfinished">ឥឡូវ​នេះ​ម៉ាស៊ីន​មិន​អាច​ភ្ជាប់​ទៅ​ប្រព័ន្ធ​សេវា​បាន​ទេ ហើយ​គ្មាន​ស្ថានភាព​ពី​មុន​នៃ​សំណុំ​ឯកសារ %1 ទេ។ សូម​សាក​ម្ដង​ទៀត​ពេល​ក្រោយ ឬ​សួរ​មន្ត្រី​នៅ​តុ​ព័ត៌មាន។</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="378"/>
        <source>Your application %1 is saved on this kiosk and will be sent to the service system as soon as it can be reached. Scan your receipt again later to see its dossier code and status.</source>
        <translation type="unfinished">ពាក្យ​ស្នើសុំ %1 របស់​លោកអ្នក​ត្រូវ​បាន​រក្សាទុក​ក្នុង​ម៉ាស៊ីន​នេះ ហើយ​នឹង​ផ្ញើ​ទៅ​ប្រព័ន្ធ​សេវា​ភ្លាម​ពេល​ភ្ជាប់​បាន។ សូម​ស្កេន​បង្កាន់ដៃ​ម្ដង​ទៀត​ពេល​ក្រោយ ដើម្បី​មើល​លេខ​កូដ​សំណុំ​ឯកសារ និង​ស្ថានភាព។</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="386"/>
        <source>Your application %1 could not be accepted online. Please take your receipt to an officer at the front desk.</source>
        <translation type="unfinished">ពាក្យ​ស្នើសុំ %1 របស់​លោកអ្នក​មិន​អាច​ទទួល​យក​តាម​អនឡាញ​បាន​ទេ។ សូម​យក​បង្កាន់ដៃ​ទៅ​ជួប​មន្ត្រី​នៅ​តុ​ព័ត៌មាន។</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="393"/>
        <source>No application with the reference %1 was made on this kiosk. Please ask an officer at the front desk.</source>
        <translation type="unfinished">គ្មាន​ពាក្យ​ស្នើសុំ​ណា​មាន​លេខ​យោង %1 ដាក់​នៅ​ម៉ាស៊ីន​នេះ​ទេ។ សូម​សួរ​មន្ត្រី​នៅ​តុ​ព័ត៌មាន។</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="433"/>
        <source>Received: %1</source>
        <translation type="unfinished">បាន​ទទួល៖ %1</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="436"/>
        <source>Result due: %1</source>
        <translation type="unfinished">ថ្ងៃ​ទទួល​លទ្ធផល៖ %1</translation>
    </message>
    <message>
        <location filename="../../screens/dossier_status.py" line="443"/>
        <source>The kiosk cannot reach the service system now. This is the last status seen here, at %1; it may have changed since.</source>
        <translation type="unfinished">ឥឡូវ​នេះ​ម៉ាស៊ីន​មិន​អាច​ភ្ជាប់​ទៅ​ប្រព័ន្ធ​សេវា​បាន​ទេ។ នេះ​ជា​ស្ថានភាព​ចុងក្រោយ​ដែល​ឃើញ​នៅ​ទីនេះ នៅ %1 ហើយ​វា​អាច​ប្រែប្រួល​រួច​ហើយ។</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../screens/home.py" line="103"/>
        <source>Welcome!</source>
        <translation type="unfinished">សូម​ស្វាគមន៍!</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="104"/>
        <source>Touch a button below to begin.</source>
        <translation type="unfinished">សូម​ចុច​ប៊ូតុង​ខាង​ក្រោម​ដើម្បី​ចាប់ផ្ដើម។</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="109"/>
        <source>Welcome. Touch the large button at the top to take a queue number. The buttons below are for an appointment you booked, looking up a procedure or your dossier, applying online, paying a fee and rating the service. To hear each button before it acts, touch Read buttons aloud at the bottom left.</source>
        <translation type="unfinished">សូម​ស្វាគមន៍។ ចុច​ប៊ូតុង​ធំ​ខាង​លើ​គេ​ដើម្បី​យក​លេខ​រង់ចាំ។ ប៊ូតុង​ខាង​ក្រោម​សម្រាប់​ការ​ណាត់ជួប​ដែល​លោកអ្នក​បាន​ធ្វើ​ទុក ស្វែងរក​នីតិវិធី ឬ​សំណុំ​ឯកសារ ដាក់​ពាក្យ​តាម​អនឡាញ បង់​ថ្លៃ​សេវា និង​វាយតម្លៃ​សេវា។ ដើម្បី​ស្ដាប់​ប៊ូតុង​នីមួយៗ​មុន​វា​ដំណើរការ សូម​ចុច អាន​ប៊ូតុង​ឮៗ នៅ​ជ្រុង​ក្រោម​ខាង​ឆ្វេង។</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="127"/>
        <source>Take a queue number</source>
        <translation type="unfinished">យក​លេខ​រង់ចាំ</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="128"/>
        <source>Not available now: the ticket printer needs an officer&apos;s attention</source>
        <translation type="unfinished">ផ្អាក​សិន៖ ម៉ាស៊ីន​បោះពុម្ព​សំបុត្រ​ត្រូវ​ឲ្យ​មន្ត្រី​ពិនិត្យ</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="130"/>
        <source>Get a printed ticket and wait to be called to a counter</source>
        <translation type="unfinished">យក​សំបុត្រ ហើយ​រង់ចាំ​គេ​ហៅ​ទៅ​បញ្ជរ</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="140"/>
        <source>Connecting to the service system, please wait…</source>
        <translation type="unfinished">កំពុង​ភ្ជាប់​ទៅ​ប្រព័ន្ធ​សេវា សូម​រង់ចាំ…</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="143"/>
        <source>The service system is not available right now. Please ask an officer at the front desk.</source>
        <translation type="unfinished">ឥឡូវ​នេះ​ប្រព័ន្ធ​សេវា​មិន​អាច​ប្រើ​បាន​ទេ។ សូម​សួរ​មន្ត្រី​នៅ​តុ​ព័ត៌មាន។</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="158"/>
        <source>Opening hours: %1</source>
        <translation type="unfinished">ម៉ោង​ធ្វើការ៖ %1</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="160"/>
        <source>Hotline: %1</source>
        <translation type="unfinished">ទូរស័ព្ទ​បន្ទាន់៖ %1</translation>
    </message>
</context>
<context>
    <name>LogsPage</name>
    <message>
        <location filename="../../screens/technician/system.py" line="380"/>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="384"/>
        <source>%1: the last lines, from the level chosen up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="386"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="414"/>
        <source>(nothing at %1 or above in %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../screens/main_window.py" line="329"/>
        <source>◀ Back</source>
        <extracomment>full-screen kiosk: close requests (Alt+F4, the window manager) are refused</extracomment>
        <translation type="unfinished">◀ ត្រឡប់​ក្រោយ</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="330"/>
        <source>I am still here</source>
        <translation type="unfinished">ខ្ញុំ​នៅ​ប្រើ​នៅ​ឡើយ</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="331"/>
        <source>⌂ Home</source>
        <translation type="unfinished">⌂ ទំព័រ​ដើម</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="335"/>
        <source>Public service kiosk</source>
        <translation type="unfinished">ម៉ាស៊ីន​សេវា​សាធារណៈ</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="350"/>
        <source>Connecting…</source>
        <translation type="unfinished">កំពុង​ភ្ជាប់…</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="351"/>
        <source>Online</source>
        <translation type="unfinished">បាន​ភ្ជាប់</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="352"/>
        <source>Offline</source>
        <translation type="unfinished">ដាច់​បណ្ដាញ</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="363"/>
        <source>A+ Large text</source>
        <translation type="unfinished">A+ អក្សរ​ធំ</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="364"/>
        <source>◐ Contrast</source>
        <translation type="unfinished">◐ ពណ៌​ផ្ទុយ</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="365"/>
        <source>Listen</source>
        <translation type="unfinished">ស្ដាប់</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="367"/>
        <source>Read buttons aloud</source>
        <translation type="unfinished">អាន​ប៊ូតុង​ឮៗ</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="390"/>
        <source>Are you still there? To protect your information, this screen will be cleared in %1 s.</source>
        <translation type="unfinished">លោកអ្នក​នៅ​ទីនេះ​ទៀត​ទេ? ដើម្បី​ការពារ​ព័ត៌មាន​របស់​លោកអ្នក អេក្រង់​នេះ​នឹង​ត្រូវ​លុប​ក្នុង​រយៈពេល %1 វិនាទី។</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="567"/>
        <source>Your citizen ID card was read. To use it, first choose &quot;Take a queue number&quot;.</source>
        <translation type="unfinished">បាន​អាន​អត្តសញ្ញាណប័ណ្ណ​របស់​លោកអ្នក​ហើយ។ ដើម្បី​ប្រើ​វា សូម​ជ្រើស &quot;យក​លេខ​រង់ចាំ&quot; ជា​មុន​សិន។</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="570"/>
        <source>This is a payment code. Please pay it with your bank&apos;s app.</source>
        <translation type="unfinished">នេះ​ជា​កូដ​បង់ប្រាក់។ សូម​បង់​តាម​កម្មវិធី​ធនាគារ​របស់​លោកអ្នក។</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="573"/>
        <source>This is a ticket from this kiosk. Please wait until your number is called.</source>
        <translation type="unfinished">នេះ​ជា​សំបុត្រ​ពី​ម៉ាស៊ីន​នេះ។ សូម​រង់ចាំ​រហូត​ដល់​គេ​ហៅ​លេខ​របស់​លោកអ្នក។</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="577"/>
        <source>Your citizen ID card could not be read correctly. Please scan it again, holding it flat and still under the scanner.</source>
        <translation type="unfinished">មិន​អាច​អាន​អត្តសញ្ញាណប័ណ្ណ​របស់​លោកអ្នក​បាន​ត្រឹមត្រូវ​ទេ។ សូម​ស្កេន​ម្ដង​ទៀត ដោយ​ដាក់​ប័ណ្ណ​ឱ្យ​រាបស្មើ និង​នឹង​នៅ​ក្រោម​ម៉ាស៊ីន​ស្កេន។</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="581"/>
        <source>Code not recognised. Scan the QR code on your citizen ID card, the barcode on your dossier receipt, or a ticket from this kiosk.</source>
        <translation type="unfinished">មិន​ស្គាល់​កូដ​នេះ​ទេ។ សូម​ស្កេន​កូដ QR លើ​អត្តសញ្ញាណប័ណ្ណ បាកូដ​លើ​បង្កាន់ដៃ​សំណុំ​ឯកសារ ឬ​សំបុត្រ​ពី​ម៉ាស៊ីន​នេះ។</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <location filename="../../screens/technician/system.py" line="85"/>
        <source>Network / API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="90"/>
        <source>Province API: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="90"/>
        <source>(none configured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="93"/>
        <source>TLS certificate check: %1; timeout %2 s; device token %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="94"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="94"/>
        <source>OFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="96"/>
        <source>set (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="96"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="99"/>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="126"/>
        <source>not tried yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="127"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="128"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="131"/>
        <source>The sync engine&apos;s last contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../screens/onscreen_keyboard.py" line="236"/>
        <source>Space</source>
        <extracomment>the smallest key side: about 22 mm on a 21.5&quot; 1920×1080 screen a row of keys: (character or special key, width in half keys); None leaves a gap every key touched: the character typed, or the special key&apos;s name (&quot;backspace&quot;, …) the Done key</extracomment>
        <translation type="unfinished">ដកឃ្លា</translation>
    </message>
    <message>
        <location filename="../../screens/onscreen_keyboard.py" line="237"/>
        <source>Done</source>
        <translation type="unfinished">រួចរាល់</translation>
    </message>
    <message>
        <location filename="../../screens/onscreen_keyboard.py" line="238"/>
        <source>123</source>
        <translation type="unfinished">123</translation>
    </message>
    <message>
        <location filename="../../screens/onscreen_keyboard.py" line="239"/>
        <source>ABC</source>
        <translation type="unfinished">ABC</translation>
    </message>
    <message>
        <location filename="../../screens/onscreen_keyboard.py" line="244"/>
        <source>Backspace</source>
        <translation type="unfinished">លុប</translation>
    </message>
    <message>
        <location filename="../../screens/onscreen_keyboard.py" line="244"/>
        <source>Shift</source>
        <translation type="unfinished">អក្សរ​ធំ</translation>
    </message>
    <message>
        <location filename="../../screens/onscreen_keyboard.py" line="252"/>
        <source>Typing Vietnamese: on</source>
        <translation type="unfinished">វាយ​ភាសា​វៀតណាម៖ បើក</translation>
    </message>
    <message>
        <location filename="../../screens/onscreen_keyboard.py" line="254"/>
        <source>Typing Vietnamese: off</source>
        <translation type="unfinished">វាយ​ភាសា​វៀតណាម៖ បិទ</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <location filename="../../screens/paper_words.py" line="19"/>
        <source>%1 min</source>
        <translation type="unfinished">%1 នាទី</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="20"/>
        <source>%1 h</source>
        <translation type="unfinished">%1 ម៉ោង</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="21"/>
        <source>%1 h 30 min</source>
        <translation type="unfinished">%1 ម៉ោង 30 នាទី</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="32"/>
        <source>Received</source>
        <translation type="unfinished">បាន​ទទួល</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="33"/>
        <source>Being processed</source>
        <translation type="unfinished">កំពុង​ដោះស្រាយ</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="34"/>
        <source>More documents needed</source>
        <translation type="unfinished">ត្រូវ​បន្ថែម​ឯកសារ</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="35"/>
        <source>Result ready</source>
        <translation type="unfinished">មាន​លទ្ធផល​ហើយ</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="36"/>
        <source>Result handed over</source>
        <translation type="unfinished">បាន​ប្រគល់​លទ្ធផល​ហើយ</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="37"/>
        <source>Not accepted</source>
        <translation type="unfinished">មិន​ទទួល​យក</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="38"/>
        <source>Withdrawn</source>
        <translation type="unfinished">បាន​ដក​វិញ</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="41"/>
        <source>Awaiting payment</source>
        <translation type="unfinished">រង់ចាំ​ការ​បង់ប្រាក់</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="42"/>
        <source>Paid</source>
        <translation type="unfinished">បាន​បង់​រួច</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="43"/>
        <source>Payment expired</source>
        <translation type="unfinished">អស់​ពេល​បង់ប្រាក់</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="44"/>
        <source>Cancelled</source>
        <translation type="unfinished">បាន​លុបចោល</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="46"/>
        <source>Hotline: %1</source>
        <translation type="unfinished">ទូរស័ព្ទ​បន្ទាន់៖ %1</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="47"/>
        <source>QUEUE NUMBER</source>
        <translation type="unfinished">លេខ​រង់ចាំ</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="48"/>
        <source>PRIORITY</source>
        <translation type="unfinished">អាទិភាព</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="49"/>
        <source>Please go to %1</source>
        <translation type="unfinished">សូម​អញ្ជើញ​ទៅ %1</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="50"/>
        <source>Appointment %1 · %2</source>
        <translation type="unfinished">ណាត់​ម៉ោង %1 · %2</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="51"/>
        <source>Ahead of you: %1</source>
        <translation type="unfinished">មុន​លោកអ្នក៖ %1 នាក់</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="52"/>
        <source>Ahead of you: %1, about %2 wait</source>
        <translation type="unfinished">មុន​លោកអ្នក៖ %1 នាក់ រង់ចាំ​ប្រហែល %2</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="53"/>
        <source>Scan to follow the calls</source>
        <translation type="unfinished">ស្កេន​ដើម្បី​តាមដាន​ការ​ហៅ​លេខ</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="54"/>
        <source>Number issued while offline</source>
        <translation type="unfinished">លេខ​ចេញ​ពេល​ដាច់​បណ្ដាញ</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="55"/>
        <source>Issued at</source>
        <translation type="unfinished">ពេល​ចេញ​លេខ</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="56"/>
        <source>DOSSIER STATUS</source>
        <translation type="unfinished">ស្ថានភាព​សំណុំ​ឯកសារ</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="57"/>
        <source>Dossier code</source>
        <translation type="unfinished">លេខ​កូដ​សំណុំ​ឯកសារ</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="58"/>
        <source>Status: %1</source>
        <comment>where a dossier stands, on its status slip</comment>
        <translation type="unfinished">ស្ថានភាព៖ %1</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="59"/>
        <source>The kiosk is offline: this is the last status it knew</source>
        <translation type="unfinished">ម៉ាស៊ីន​នេះ​ដាច់​បណ្ដាញ៖ នេះ​ជា​ស្ថានភាព​ចុងក្រោយ​ដែល​ម៉ាស៊ីន​ដឹង</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="60"/>
        <source>Updated at</source>
        <translation type="unfinished">ពេល​ធ្វើ​បច្ចុប្បន្នភាព</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="61"/>
        <source>Received at</source>
        <translation type="unfinished">ពេល​ទទួល</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="62"/>
        <source>Result due</source>
        <translation type="unfinished">ថ្ងៃ​ទទួល​លទ្ធផល</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="63"/>
        <source>History</source>
        <translation type="unfinished">ប្រវត្តិ​ដោះស្រាយ</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="64"/>
        <source>Printed at</source>
        <translation type="unfinished">ពេល​បោះពុម្ព</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="65"/>
        <source>ONLINE APPLICATION RECEIPT</source>
        <translation type="unfinished">បង្កាន់ដៃ​ពាក្យ​ស្នើសុំ​តាម​អនឡាញ</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="66"/>
        <source>RECEIPT: APPLICATION WAITING TO BE SENT</source>
        <translation type="unfinished">បង្កាន់ដៃ៖ ពាក្យ​ស្នើសុំ​រង់ចាំ​ផ្ញើ</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="67"/>
        <source>Scan to look up the dossier&apos;s status</source>
        <translation type="unfinished">ស្កេន​ដើម្បី​មើល​ស្ថានភាព​សំណុំ​ឯកសារ</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="68"/>
        <source>Status: %1</source>
        <comment>of a receipt or payment</comment>
        <translation type="unfinished">ស្ថានភាព៖ %1</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="69"/>
        <source>The application is saved on the kiosk and will be sent by itself when the network is back. The dossier code is given when the office receives it.</source>
        <translation type="unfinished">ពាក្យ​ស្នើសុំ​ត្រូវ​បាន​រក្សាទុក​ក្នុង​ម៉ាស៊ីន​នេះ ហើយ​នឹង​ផ្ញើ​ដោយ​ស្វ័យប្រវត្តិ​ពេល​មាន​បណ្ដាញ​វិញ។ លេខ​កូដ​សំណុំ​ឯកសារ​នឹង​ផ្ដល់​ឲ្យ​ពេល​ការិយាល័យ​ទទួល​បាន​ពាក្យ​ស្នើសុំ។</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="74"/>
        <source>Reference</source>
        <translation type="unfinished">លេខ​យោង</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="75"/>
        <source>Keep this slip and show it to an officer if you need help</source>
        <translation type="unfinished">សូម​រក្សា​សន្លឹក​នេះ ហើយ​បង្ហាញ​ដល់​មន្ត្រី​បើ​ត្រូវ​ការ​ជំនួយ</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="78"/>
        <source>Made at</source>
        <translation type="unfinished">ពេល​ដាក់​ពាក្យ</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="79"/>
        <source>Applicant: %1</source>
        <translation type="unfinished">អ្នក​ដាក់​ពាក្យ៖ %1</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="80"/>
        <source>Fees: %1</source>
        <translation type="unfinished">ថ្លៃ​សេវា៖ %1</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="81"/>
        <source>No fee</source>
        <translation type="unfinished">មិន​គិត​ថ្លៃ</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="82"/>
        <source>Processing time: %1</source>
        <translation type="unfinished">រយៈពេល​ដោះស្រាយ៖ %1</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="83"/>
        <source>FEE PAYMENT SLIP</source>
        <translation type="unfinished">សន្លឹក​បង់​ថ្លៃ​សេវា</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="84"/>
        <source>Amount</source>
        <translation type="unfinished">ចំនួន​ទឹកប្រាក់</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="85"/>
        <source>Amount: %1</source>
        <translation type="unfinished">ចំនួន​ទឹកប្រាក់៖ %1</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="86"/>
        <source>Payment reference</source>
        <translation type="unfinished">លេខ​យោង​បង់ប្រាក់</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="87"/>
        <source>Payment reference: %1</source>
        <translation type="unfinished">លេខ​យោង​បង់ប្រាក់៖ %1</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="88"/>
        <source>Bank transaction: %1</source>
        <translation type="unfinished">ប្រតិបត្តិការ​ធនាគារ៖ %1</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="89"/>
        <source>Account: %1</source>
        <translation type="unfinished">គណនី៖ %1</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="90"/>
        <source>Scan the code with a banking app to pay the fee</source>
        <translation type="unfinished">ស្កេន​កូដ​ដោយ​កម្មវិធី​ធនាគារ ដើម្បី​បង់​ថ្លៃ​សេវា</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="91"/>
        <source>PAID</source>
        <translation type="unfinished">បាន​បង់​រួច</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="92"/>
        <source>Paid at</source>
        <translation type="unfinished">ពេល​បង់ប្រាក់</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="93"/>
        <source>Payment received. Thank you! Please keep this slip as proof.</source>
        <translation type="unfinished">បាន​ទទួល​ប្រាក់​ហើយ។ សូម​អរគុណ! សូម​រក្សា​សន្លឹក​នេះ​ទុក​ជា​ភស្តុតាង។</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="96"/>
        <source>This payment code is no longer valid. Please ask an officer at the front desk.</source>
        <translation type="unfinished">កូដ​បង់ប្រាក់​នេះ​លែង​មាន​សុពលភាព​ហើយ។ សូម​សួរ​មន្ត្រី​នៅ​តុ​ព័ត៌មាន។</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="100"/>
        <source>ADMINISTRATIVE PROCEDURE GUIDE</source>
        <translation type="unfinished">ការណែនាំ​នីតិវិធី​រដ្ឋបាល</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="101"/>
        <source>Procedure code: %1</source>
        <translation type="unfinished">លេខ​កូដ​នីតិវិធី៖ %1</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="102"/>
        <source>Documents to bring</source>
        <translation type="unfinished">ឯកសារ​ត្រូវ​យក​មក</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="103"/>
        <source>Fees</source>
        <translation type="unfinished">ថ្លៃ​សេវា</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="104"/>
        <source>Processing time</source>
        <translation type="unfinished">រយៈពេល​ដោះស្រាយ</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="105"/>
        <source>Where to apply</source>
        <translation type="unfinished">កន្លែង​ដាក់​ពាក្យ</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="106"/>
        <source>Legal basis</source>
        <translation type="unfinished">មូលដ្ឋាន​គតិយុត្ត</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="107"/>
        <source>%1 (continued)</source>
        <translation type="unfinished">%1 (បន្ត)</translation>
    </message>
    <message>
        <location filename="../../screens/paper_words.py" line="108"/>
        <source>Page %1/%2</source>
        <translation type="unfinished">ទំព័រ %1/%2</translation>
    </message>
</context>
<context>
    <name>PaymentScreen</name>
    <message>
        <location filename="../../screens/payment.py" line="124"/>
        <location filename="../../screens/payment.py" line="295"/>
        <source>Pay a fee</source>
        <extracomment>how long after the code is shown the kiosk keeps it up without a touch (the citizen is in their bank app); after that the idle timeout applies again emitted on the UI thread with the new step, whenever the step changes</extracomment>
        <translation type="unfinished">បង់​ថ្លៃ​សេវា</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="125"/>
        <source>Pay by bank app with a VietQR code</source>
        <translation type="unfinished">បង់​តាម​កម្មវិធី​ធនាគារ​ដោយ​កូដ VietQR</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="172"/>
        <source>The list of fees is not available yet. Please pay at the counter.</source>
        <translation type="unfinished">មិន​ទាន់​មាន​បញ្ជី​ថ្លៃ​សេវា​ទេ។ សូម​បង់​នៅ​បញ្ជរ។</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="175"/>
        <source>No fee matches &quot;%1&quot;. Try fewer or other words.</source>
        <translation type="unfinished">គ្មាន​ថ្លៃ​សេវា​ណា​ត្រូវ​នឹង &quot;%1&quot; ទេ។ សូម​សាក​ពាក្យ​តិច​ជាង​នេះ ឬ​ពាក្យ​ផ្សេង។</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/payment.py" line="178"/>
        <source>%n fee(s). Touch the one you want to pay.</source>
        <translation type="unfinished">
            <numerusform>មាន​ថ្លៃ​សេវា %n មុខ។ ចុច​មុខ​ដែល​លោកអ្នក​ចង់​បង់។</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="288"/>
        <source>This procedure has no fee to pay.</source>
        <translation type="unfinished">នីតិវិធី​នេះ​មិន​ត្រូវ​បង់​ថ្លៃ​សេវា​ទេ។</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="290"/>
        <source>Paying fees is not available at this kiosk yet. Please pay at the counter.</source>
        <translation type="unfinished">ម៉ាស៊ីន​នេះ​មិន​ទាន់​ទទួល​ការ​បង់​ថ្លៃ​សេវា​ទេ។ សូម​បង់​នៅ​បញ្ជរ។</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="292"/>
        <source>This payment cannot be made here. Please pay at the counter.</source>
        <translation type="unfinished">មិន​អាច​បង់​ប្រាក់​នេះ​នៅ​ទីនេះ​បាន​ទេ។ សូម​បង់​នៅ​បញ្ជរ។</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="296"/>
        <source>Type a few words, e.g. khai sinh</source>
        <translation type="unfinished">វាយ​ពាក្យ​ពីរ​បី ដូចជា khai sinh</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="297"/>
        <source>Show payment code</source>
        <translation type="unfinished">បង្ហាញ​កូដ​បង់ប្រាក់</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="298"/>
        <source>Print the slip again</source>
        <translation type="unfinished">បោះពុម្ព​សន្លឹក​ម្ដង​ទៀត</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="299"/>
        <source>Finish</source>
        <translation type="unfinished">បញ្ចប់</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="305"/>
        <source>To pay a fee, hold the barcode on your receipt under the scanner, or type its dossier code.</source>
        <translation type="unfinished">ដើម្បី​បង់​ថ្លៃ​សេវា សូម​ដាក់​បាកូដ​លើ​បង្កាន់ដៃ​នៅ​ក្រោម​ម៉ាស៊ីន​ស្កេន ឬ​វាយ​លេខ​កូដ​សំណុំ​ឯកសារ។</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="308"/>
        <source>Check the fee, then touch Show payment code.</source>
        <translation type="unfinished">ពិនិត្យ​ថ្លៃ​សេវា រួច​ចុច បង្ហាញ​កូដ​បង់ប្រាក់។</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="310"/>
        <source>Open your bank&apos;s app, scan the QR code on the screen and confirm the payment.</source>
        <translation type="unfinished">បើក​កម្មវិធី​ធនាគារ ស្កេន​កូដ QR លើ​អេក្រង់ ហើយ​បញ្ជាក់​ការ​បង់ប្រាក់។</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="312"/>
        <source>Your payment has been received. Thank you.</source>
        <translation type="unfinished">បាន​ទទួល​ការ​បង់ប្រាក់​របស់​លោកអ្នក​ហើយ។ សូម​អរគុណ។</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="313"/>
        <source>The time to pay has run out. You can start the payment again.</source>
        <translation type="unfinished">អស់​ពេល​បង់ប្រាក់​ហើយ។ លោកអ្នក​អាច​ចាប់ផ្ដើម​បង់​ម្ដង​ទៀត។</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="315"/>
        <source>This fee cannot be paid here. Please ask an officer at the front desk.</source>
        <translation type="unfinished">ថ្លៃ​សេវា​នេះ​មិន​អាច​បង់​នៅ​ទីនេះ​បាន​ទេ។ សូម​សួរ​មន្ត្រី​នៅ​តុ​ព័ត៌មាន។</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="326"/>
        <source>Choose the procedure whose fee you want to pay.</source>
        <translation type="unfinished">ជ្រើស​នីតិវិធី​ដែល​លោកអ្នក​ចង់​បង់​ថ្លៃ​សេវា។</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="338"/>
        <source>Amount: %1</source>
        <translation type="unfinished">ចំនួន​ទឹកប្រាក់៖ %1</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="351"/>
        <source>Payment reference: %1</source>
        <translation type="unfinished">លេខ​យោង​បង់ប្រាក់៖ %1</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="352"/>
        <source>Bank transaction: %1</source>
        <translation type="unfinished">ប្រតិបត្តិការ​ធនាគារ៖ %1</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="355"/>
        <source>Account: %1</source>
        <translation type="unfinished">គណនី៖ %1</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="364"/>
        <source>Touch &quot;Show payment code&quot;, then scan it with your bank app. Do not change the amount or the content.</source>
        <translation type="unfinished">ចុច &quot;បង្ហាញ​កូដ​បង់ប្រាក់&quot; រួច​ស្កេន​ដោយ​កម្មវិធី​ធនាគារ។ កុំ​កែ​ចំនួន​ទឹកប្រាក់ ឬ​ខ្លឹមសារ។</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="367"/>
        <source>Preparing your payment code…</source>
        <translation type="unfinished">កំពុង​រៀបចំ​កូដ​បង់ប្រាក់…</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="369"/>
        <source>Open your bank app, choose &quot;Scan QR&quot; and scan this code. A slip with the same code is printing. This screen shows when the money has arrived.</source>
        <translation type="unfinished">បើក​កម្មវិធី​ធនាគារ ជ្រើស &quot;ស្កេន QR&quot; ហើយ​ស្កេន​កូដ​នេះ។ សន្លឹក​ដែល​មាន​កូដ​ដូច​គ្នា​កំពុង​បោះពុម្ព។ អេក្រង់​នេះ​នឹង​បង្ហាញ​ពេល​ប្រាក់​ចូល​ដល់។</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="373"/>
        <source>✓ Payment received. Thank you! Keep the slip as your record.</source>
        <translation type="unfinished">✓ បាន​ទទួល​ប្រាក់​ហើយ។ សូម​អរគុណ! សូម​រក្សា​សន្លឹក​នេះ​ទុក​ជា​ភស្តុតាង។</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="375"/>
        <source>This payment code is no longer valid. Please ask an officer at the front desk.</source>
        <translation type="unfinished">កូដ​បង់ប្រាក់​នេះ​លែង​មាន​សុពលភាព​ហើយ។ សូម​សួរ​មន្ត្រី​នៅ​តុ​ព័ត៌មាន។</translation>
    </message>
    <message>
        <location filename="../../screens/payment.py" line="381"/>
        <source>✓ PAID
%1</source>
        <translation type="unfinished">✓ បាន​បង់​រួច
%1</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../../screens/technician/entry.py" line="126"/>
        <source>Technician mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/entry.py" line="155"/>
        <source>Technician mode is disabled on this kiosk: no PIN is set. A technician sets one from a shell with: kiosk set-pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/entry.py" line="160"/>
        <source>Enter the technician PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/entry.py" line="166"/>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/entry.py" line="184"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/technician/entry.py" line="201"/>
        <source>Wrong PIN. %n more wrong PIN(s) lock the entry for a while.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/technician/entry.py" line="211"/>
        <source>The PIN could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <location filename="../../screens/slips.py" line="27"/>
        <source>The ticket printer is out of paper</source>
        <translation type="unfinished">ម៉ាស៊ីន​បោះពុម្ព​សំបុត្រ​អស់​ក្រដាស</translation>
    </message>
    <message>
        <location filename="../../screens/slips.py" line="29"/>
        <source>The ticket printer&apos;s cover is open</source>
        <translation type="unfinished">គម្រប​ម៉ាស៊ីន​បោះពុម្ព​សំបុត្រ​កំពុង​បើក</translation>
    </message>
    <message>
        <location filename="../../screens/slips.py" line="31"/>
        <source>The ticket printer is not working</source>
        <translation type="unfinished">ម៉ាស៊ីន​បោះពុម្ព​សំបុត្រ​មិន​ដំណើរការ</translation>
    </message>
    <message>
        <location filename="../../screens/slips.py" line="32"/>
        <source>The ticket printer does not respond</source>
        <translation type="unfinished">ម៉ាស៊ីន​បោះពុម្ព​សំបុត្រ​មិន​ឆ្លើយតប</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <location filename="../../screens/technician/devices.py" line="67"/>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="75"/>
        <source>Connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="77"/>
        <source>Model profile: %1; paper %2 mm; Vietnamese text as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="82"/>
        <source>Status reports: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="82"/>
        <source>Status reports: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="86"/>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="87"/>
        <source>Print test page (code pages, ruler, QR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="88"/>
        <source>Today&apos;s tickets that got a number but did not print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="120"/>
        <source>Status check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="128"/>
        <source>Printing the test page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="154"/>
        <source>Test page printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="158"/>
        <source>Test page not printed (%1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="201"/>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="207"/>
        <source>%1  ·  issued %2  ·  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="213"/>
        <source>Reprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="221"/>
        <source>Cannot reprint: the office details (catalogue) are not loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="229"/>
        <source>Reprinting ticket %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="250"/>
        <source>Ticket %1: printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="252"/>
        <source>Ticket %1: not printed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureDetailScreen</name>
    <message>
        <location filename="../../screens/procedures.py" line="294"/>
        <source>Print this guide</source>
        <translation type="unfinished">បោះពុម្ព​ការណែនាំ​នេះ</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="295"/>
        <source>Submit online here</source>
        <translation type="unfinished">ដាក់​ពាក្យ​តាម​អនឡាញ​នៅ​ទីនេះ</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="296"/>
        <source>Pay the fee</source>
        <translation type="unfinished">បង់​ថ្លៃ​សេវា</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="297"/>
        <source>Take a queue number</source>
        <translation type="unfinished">យក​លេខ​រង់ចាំ</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="302"/>
        <source>This page says which papers to bring, the fee and how long the procedure takes. Touch Print this guide to take it with you.</source>
        <translation type="unfinished">ទំព័រ​នេះ​ប្រាប់​ពី​ឯកសារ​ដែល​ត្រូវ​យក​មក ថ្លៃ​សេវា និង​រយៈពេល​ដោះស្រាយ។ ចុច បោះពុម្ព​ការណែនាំ​នេះ ដើម្បី​យក​ទៅ​ជាមួយ។</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="320"/>
        <source>Procedure code</source>
        <translation type="unfinished">លេខ​កូដ​នីតិវិធី</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="321"/>
        <source>Field</source>
        <translation type="unfinished">វិស័យ</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="323"/>
        <source>Documents to bring</source>
        <translation type="unfinished">ឯកសារ​ត្រូវ​យក​មក</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="326"/>
        <source>Fee</source>
        <translation type="unfinished">ថ្លៃ​សេវា</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="328"/>
        <source>Processing time</source>
        <translation type="unfinished">រយៈពេល​ដោះស្រាយ</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="331"/>
        <source>Where to submit</source>
        <translation type="unfinished">កន្លែង​ដាក់​ពាក្យ</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="332"/>
        <source>Online service</source>
        <translation type="unfinished">សេវា​តាម​អនឡាញ</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="333"/>
        <source>Legal basis</source>
        <translation type="unfinished">មូលដ្ឋាន​គតិយុត្ត</translation>
    </message>
</context>
<context>
    <name>ProceduresScreen</name>
    <message>
        <location filename="../../screens/procedures.py" line="88"/>
        <location filename="../../screens/procedures.py" line="204"/>
        <source>Look up a procedure</source>
        <extracomment>emitted after the list has been filled for the current query and field</extracomment>
        <translation type="unfinished">ស្វែងរក​នីតិវិធី</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="89"/>
        <source>Documents to bring, fees, processing time; print a guide</source>
        <translation type="unfinished">ឯកសារ​ត្រូវ​យក​មក ថ្លៃ​សេវា រយៈពេល និង​បោះពុម្ព​ការណែនាំ</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="169"/>
        <source>Fee: %1 VND</source>
        <translation type="unfinished">ថ្លៃ​សេវា៖ %1 ដុង</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="170"/>
        <source>No fee</source>
        <translation type="unfinished">មិន​គិត​ថ្លៃ</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="175"/>
        <source>The list of procedures is not available yet. Please ask an officer at the front desk.</source>
        <translation type="unfinished">មិន​ទាន់​មាន​បញ្ជី​នីតិវិធី​ទេ។ សូម​សួរ​មន្ត្រី​នៅ​តុ​ព័ត៌មាន។</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="180"/>
        <source>No procedure matches &quot;%1&quot;. Try fewer or other words, or choose a field.</source>
        <translation type="unfinished">គ្មាន​នីតិវិធី​ណា​ត្រូវ​នឹង &quot;%1&quot; ទេ។ សូម​សាក​ពាក្យ​តិច​ជាង​នេះ ឬ​ពាក្យ​ផ្សេង ឬ​ជ្រើស​វិស័យ។</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/procedures.py" line="185"/>
        <source>%n procedure(s). Touch one to see what to bring.</source>
        <translation type="unfinished">
            <numerusform>មាន​នីតិវិធី %n។ ចុច​លើ​នីតិវិធី​មួយ ដើម្បី​មើល​ឯកសារ​ដែល​ត្រូវ​យក​មក។</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="205"/>
        <source>Type a few words, e.g. khai sinh</source>
        <translation type="unfinished">វាយ​ពាក្យ​ពីរ​បី ដូចជា khai sinh</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="210"/>
        <source>Type the name of the procedure you need, or touch a field to see its procedures.</source>
        <translation type="unfinished">វាយ​ឈ្មោះ​នីតិវិធី​ដែល​លោកអ្នក​ត្រូវ​ការ ឬ​ចុច​លើ​វិស័យ​មួយ ដើម្បី​មើល​នីតិវិធី​របស់​វិស័យ​នោះ។</translation>
    </message>
    <message>
        <location filename="../../screens/procedures.py" line="218"/>
        <source>All fields</source>
        <translation type="unfinished">គ្រប់​វិស័យ</translation>
    </message>
</context>
<context>
    <name>RatingScreen</name>
    <message>
        <location filename="../../screens/rating.py" line="190"/>
        <location filename="../../screens/rating.py" line="300"/>
        <source>Rate our service</source>
        <extracomment>score -&gt; (face colour, mouth curve: positive smiles) the pictogram over the last step&apos;s words, and its tone (style.qss) emitted on the UI thread when the rating is queued (True) or could not be (False)</extracomment>
        <translation type="unfinished">វាយតម្លៃ​សេវា​របស់​យើង</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="191"/>
        <source>Tell us how you were served at the counter</source>
        <translation type="unfinished">ប្រាប់​យើង​ពី​សេវា​ដែល​លោកអ្នក​ទទួល​បាន​នៅ​បញ្ជរ</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="259"/>
        <source>I waited too long</source>
        <translation type="unfinished">ខ្ញុំ​រង់ចាំ​យូរ​ពេក</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="260"/>
        <source>The officer&apos;s attitude</source>
        <translation type="unfinished">អាកប្បកិរិយា​របស់​មន្ត្រី</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="261"/>
        <source>The guidance was unclear</source>
        <translation type="unfinished">ការណែនាំ​មិន​ច្បាស់</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="262"/>
        <source>I was asked for extra documents</source>
        <translation type="unfinished">គេ​សុំ​ឯកសារ​បន្ថែម​ពី​ខ្ញុំ</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="263"/>
        <source>Seats, toilets, parking</source>
        <translation type="unfinished">កៅអី បន្ទប់ទឹក កន្លែង​ចត</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="268"/>
        <source>Very satisfied</source>
        <translation type="unfinished">ពេញចិត្ត​ខ្លាំង</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="269"/>
        <source>Satisfied</source>
        <translation type="unfinished">ពេញចិត្ត</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="270"/>
        <source>Not satisfied</source>
        <translation type="unfinished">មិន​សូវ​ពេញចិត្ត</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="271"/>
        <source>Very dissatisfied</source>
        <translation type="unfinished">មិន​ពេញចិត្ត​សោះ</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="277"/>
        <source>Send without a reason</source>
        <translation type="unfinished">ផ្ញើ​ដោយ​មិន​ប្រាប់​មូលហេតុ</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="282"/>
        <source>Touch the counter that served you.</source>
        <translation type="unfinished">ចុច​លើ​បញ្ជរ​ដែល​បាន​បម្រើ​លោកអ្នក។</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="283"/>
        <source>Touch a face to say how well you were served.</source>
        <translation type="unfinished">ចុច​លើ​រូប​មុខ​មួយ ដើម្បី​ប្រាប់​ថា​លោកអ្នក​ពេញចិត្ត​សេវា​កម្រិត​ណា។</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="284"/>
        <source>Touch what could have been better, or Send without a reason.</source>
        <translation type="unfinished">ចុច​លើ​អ្វី​ដែល​គួរ​ធ្វើ​ឲ្យ​ល្អ​ជាង​នេះ ឬ​ចុច ផ្ញើ​ដោយ​មិន​ប្រាប់​មូលហេតុ។</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="285"/>
        <source>Thank you for your rating.</source>
        <translation type="unfinished">សូម​អរគុណ​ចំពោះ​ការ​វាយតម្លៃ។</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="286"/>
        <source>Sorry, your rating could not be saved.</source>
        <translation type="unfinished">សូម​អភ័យទោស មិន​អាច​រក្សាទុក​ការ​វាយតម្លៃ​របស់​លោកអ្នក​បាន​ទេ។</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="304"/>
        <source>Which counter served you?</source>
        <translation type="unfinished">បញ្ជរ​ណា​បាន​បម្រើ​លោកអ្នក?</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="305"/>
        <source>How satisfied are you with %1?</source>
        <translation type="unfinished">តើ​លោកអ្នក​ពេញចិត្ត​នឹង %1 កម្រិត​ណា?</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="307"/>
        <source>What should we improve? (optional)</source>
        <translation type="unfinished">តើ​យើង​គួរ​កែលម្អ​អ្វី? (មិន​ចាំបាច់)</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="309"/>
        <source>Anything we could do better? (optional)</source>
        <translation type="unfinished">តើ​យើង​អាច​ធ្វើ​អ្វី​ឲ្យ​ល្អ​ជាង​នេះ? (មិន​ចាំបាច់)</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="315"/>
        <source>Sending your rating…</source>
        <translation type="unfinished">កំពុង​ផ្ញើ​ការ​វាយតម្លៃ…</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="316"/>
        <source>Thank you! Your rating helps us serve you better.</source>
        <translation type="unfinished">សូម​អរគុណ! ការ​វាយតម្លៃ​របស់​លោកអ្នក​ជួយ​ឲ្យ​យើង​បម្រើ​បាន​ល្អ​ជាង​មុន។</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="319"/>
        <source>Returning to the home screen in %1 s</source>
        <translation type="unfinished">ត្រឡប់​ទៅ​ទំព័រ​ដើម​ក្នុង​រយៈពេល %1 វិនាទី</translation>
    </message>
    <message>
        <location filename="../../screens/rating.py" line="323"/>
        <source>Sorry, your rating could not be saved. Please tell an officer at the front desk.</source>
        <translation type="unfinished">សូម​អភ័យទោស មិន​អាច​រក្សាទុក​ការ​វាយតម្លៃ​បាន​ទេ។ សូម​ប្រាប់​មន្ត្រី​នៅ​តុ​ព័ត៌មាន។</translation>
    </message>
</context>
<context>
    <name>ScannerPage</name>
    <message>
        <location filename="../../screens/technician/devices.py" line="281"/>
        <source>Scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="287"/>
        <source>Serial scanner on %1, %2 baud 8N1, prefix %3, suffix %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="296"/>
        <source>Scanner read directly from its input device %1 (its keys never reach the window), prefix %2, suffix %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="304"/>
        <source>Keyboard-wedge (USB keyboard) scanner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="309"/>
        <source>Scan a code: it shows here, newest first, and is not passed on to the citizen screens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="313"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="332"/>
        <source>Last classification: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="335"/>
        <source>Last classification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="339"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="341"/>
        <source>text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/devices.py" line="343"/>
        <source>hex:  %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../screens/search_box.py" line="72"/>
        <source>⌨ Keyboard</source>
        <translation type="unfinished">⌨ ក្ដារចុច</translation>
    </message>
</context>
<context>
    <name>SlipPrinting</name>
    <message>
        <location filename="../../screens/slips.py" line="53"/>
        <source>Printing, please wait…</source>
        <extracomment>emitted on the UI thread when a slip has printed (True) or not (False)</extracomment>
        <translation type="unfinished">កំពុង​បោះពុម្ព សូម​រង់ចាំ…</translation>
    </message>
    <message>
        <location filename="../../screens/slips.py" line="66"/>
        <source>Please take your slip from the printer.</source>
        <translation type="unfinished">សូម​យក​សន្លឹក​ពី​ម៉ាស៊ីន​បោះពុម្ព។</translation>
    </message>
    <message>
        <location filename="../../screens/slips.py" line="71"/>
        <source>%1. The slip could not be printed; please ask an officer at the front desk for help.</source>
        <translation type="unfinished">%1។ មិន​អាច​បោះពុម្ព​សន្លឹក​បាន​ទេ សូម​សុំ​ជំនួយ​ពី​មន្ត្រី​នៅ​តុ​ព័ត៌មាន។</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <location filename="../../screens/technician/system.py" line="330"/>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="334"/>
        <source>Data directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="336"/>
        <source>Check integrity now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionScreen</name>
    <message>
        <location filename="../../screens/submission.py" line="364"/>
        <source>Apply online</source>
        <extracomment>whether the field takes a form&apos;s whole width (a pledge, a choice of several) emitted on the UI thread with the step, whenever it changes</extracomment>
        <translation type="unfinished">ដាក់​ពាក្យ​តាម​អនឡាញ</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="365"/>
        <source>Fill in the form here; your ID card fills in your details</source>
        <translation type="unfinished">បំពេញ​ទម្រង់​នៅ​ទីនេះ អត្តសញ្ញាណប័ណ្ណ​ជួយ​បំពេញ​ព័ត៌មាន​របស់​លោកអ្នក</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="409"/>
        <source>Your ID card was read. Scan it again once the form is on screen to fill in your details.</source>
        <translation type="unfinished">បាន​អាន​អត្តសញ្ញាណប័ណ្ណ​ហើយ។ ពេល​ទម្រង់​បង្ហាញ​លើ​អេក្រង់ សូម​ស្កេន​ម្ដង​ទៀត ដើម្បី​បំពេញ​ព័ត៌មាន។</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="418"/>
        <source>To look up a dossier, first finish or leave this application.</source>
        <translation type="unfinished">ដើម្បី​ស្វែងរក​សំណុំ​ឯកសារ សូម​បញ្ចប់ ឬ​ចាកចេញ​ពី​ពាក្យ​ស្នើសុំ​នេះ​ជា​មុន​សិន។</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="467"/>
        <source>Without your consent the application cannot be sent online. You can take a queue number and submit it at a counter instead.</source>
        <translation type="unfinished">បើ​គ្មាន​ការ​យល់ព្រម​ពី​លោកអ្នក ពាក្យ​ស្នើសុំ​មិន​អាច​ផ្ញើ​តាម​អនឡាញ​បាន​ទេ។ លោកអ្នក​អាច​យក​លេខ​រង់ចាំ ហើយ​ដាក់​ពាក្យ​នៅ​បញ្ជរ​ជំនួស​វិញ។</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="577"/>
        <location filename="../../screens/submission.py" line="828"/>
        <source>Please correct the fields whose message is shown under them.</source>
        <translation type="unfinished">សូម​កែ​ប្រអប់​ដែល​មាន​សារ​បង្ហាញ​នៅ​ខាង​ក្រោម។</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="666"/>
        <source>This form has no fields that an ID card can fill in.</source>
        <translation type="unfinished">ទម្រង់​នេះ​គ្មាន​ប្រអប់​ណា​ដែល​អត្តសញ្ញាណប័ណ្ណ​អាច​បំពេញ​បាន​ទេ។</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="696"/>
        <source>Fill in these fields from the ID card that was scanned?</source>
        <translation type="unfinished">បំពេញ​ប្រអប់​ទាំងនេះ​ពី​អត្តសញ្ញាណប័ណ្ណ​ដែល​បាន​ស្កេន​ឬ​ទេ?</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="721"/>
        <source>Please fill in this field.</source>
        <translation type="unfinished">សូម​បំពេញ​ប្រអប់​នេះ។</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="722"/>
        <source>Too long: at most %1 characters.</source>
        <translation type="unfinished">វែង​ពេក៖ យ៉ាង​ច្រើន %1 តួអក្សរ។</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="723"/>
        <source>Please enter a number, using digits only.</source>
        <translation type="unfinished">សូម​បញ្ចូល​លេខ ដោយ​ប្រើ​តែ​តួលេខ​ប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="724"/>
        <source>Please enter a whole number.</source>
        <translation type="unfinished">សូម​បញ្ចូល​ចំនួន​គត់។</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="726"/>
        <source>Please enter a number from %1 to %2.</source>
        <translation type="unfinished">សូម​បញ្ចូល​លេខ​ពី %1 ដល់ %2។</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="731"/>
        <source>Please enter a date as day/month/year, e.g. 05/09/2020 or 05092020.</source>
        <translation type="unfinished">សូម​បញ្ចូល​កាលបរិច្ឆេទ​ជា ថ្ងៃ/ខែ/ឆ្នាំ ឧទាហរណ៍ 05/09/2020 ឬ 05092020។</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="733"/>
        <source>This date cannot be in the future.</source>
        <translation type="unfinished">កាលបរិច្ឆេទ​នេះ​មិន​អាច​លើស​ថ្ងៃ​នេះ​ទេ។</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="734"/>
        <source>Please choose one of the options.</source>
        <translation type="unfinished">សូម​ជ្រើស​ជម្រើស​មួយ។</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="735"/>
        <source>Please tick this box to continue.</source>
        <translation type="unfinished">សូម​គូស​ប្រអប់​នេះ ដើម្បី​បន្ត។</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="737"/>
        <source>Please enter a Vietnamese phone number of 10 digits, e.g. 0905123456.</source>
        <translation type="unfinished">សូម​បញ្ចូល​លេខ​ទូរស័ព្ទ​វៀតណាម 10 ខ្ទង់ ឧទាហរណ៍ 0905123456។</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="739"/>
        <source>Please enter the 12-digit number on your citizen ID card.</source>
        <translation type="unfinished">សូម​បញ្ចូល​លេខ 12 ខ្ទង់​លើ​អត្តសញ្ញាណប័ណ្ណ (CCCD)។</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="740"/>
        <source>Please check this field.</source>
        <translation type="unfinished">សូម​ពិនិត្យ​ប្រអប់​នេះ។</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="751"/>
        <source>(not filled in)</source>
        <translation type="unfinished">(មិន​បាន​បំពេញ)</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="751"/>
        <source>Yes</source>
        <translation type="unfinished">បាទ/ចាស</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="754"/>
        <location filename="../../screens/submission.py" line="821"/>
        <source>Who is applying</source>
        <translation type="unfinished">អ្នក​ដាក់​ពាក្យ</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="765"/>
        <source>Choose the service you want to apply for.</source>
        <translation type="unfinished">ជ្រើស​សេវា​ដែល​លោកអ្នក​ចង់​ដាក់​ពាក្យ។</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="766"/>
        <source>Your consent to the processing of personal data</source>
        <translation type="unfinished">ការ​យល់ព្រម​ឲ្យ​ដំណើរការ​ទិន្នន័យ​ផ្ទាល់ខ្លួន</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="767"/>
        <source>I agree</source>
        <translation type="unfinished">ខ្ញុំ​យល់ព្រម</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="768"/>
        <source>I do not agree</source>
        <translation type="unfinished">ខ្ញុំ​មិន​យល់ព្រម</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="770"/>
        <source>Have your citizen ID card? Scan its QR code to fill in your details.</source>
        <translation type="unfinished">មាន​អត្តសញ្ញាណប័ណ្ណ​ទេ? ស្កេន​កូដ QR លើ​ប័ណ្ណ ដើម្បី​បំពេញ​ព័ត៌មាន។</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="772"/>
        <source>Continue</source>
        <translation type="unfinished">បន្ត</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="773"/>
        <source>Fill in</source>
        <translation type="unfinished">បំពេញ</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="774"/>
        <source>Do not fill in</source>
        <translation type="unfinished">មិន​បំពេញ</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="775"/>
        <source>Please check your application before sending.</source>
        <translation type="unfinished">សូម​ពិនិត្យ​ពាក្យ​ស្នើសុំ​មុន​ពេល​ផ្ញើ។</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="776"/>
        <source>Change something</source>
        <translation type="unfinished">កែប្រែ</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="777"/>
        <source>Send the application</source>
        <translation type="unfinished">ផ្ញើ​ពាក្យ​ស្នើសុំ</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="778"/>
        <source>Sending your application, please wait…</source>
        <translation type="unfinished">កំពុង​ផ្ញើ​ពាក្យ​ស្នើសុំ សូម​រង់ចាំ…</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="779"/>
        <source>Print the receipt again</source>
        <translation type="unfinished">បោះពុម្ព​បង្កាន់ដៃ​ម្ដង​ទៀត</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="780"/>
        <source>Pay the fee now</source>
        <translation type="unfinished">បង់​ថ្លៃ​សេវា​ឥឡូវ​នេះ</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="781"/>
        <source>Finish</source>
        <translation type="unfinished">បញ្ចប់</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="786"/>
        <source>Touch the procedure you want to apply for online.</source>
        <translation type="unfinished">ចុច​លើ​នីតិវិធី​ដែល​លោកអ្នក​ចង់​ដាក់​ពាក្យ​តាម​អនឡាញ។</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="788"/>
        <source>Please read how your information will be used, then touch I agree to go on.</source>
        <translation type="unfinished">សូម​អាន​ពី​របៀប​ប្រើ​ព័ត៌មាន​របស់​លោកអ្នក រួច​ចុច ខ្ញុំ​យល់ព្រម ដើម្បី​បន្ត។</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="791"/>
        <source>Hold the QR code of your citizen ID card under the scanner to fill in your details, then fill in the rest and touch Continue.</source>
        <translation type="unfinished">ដាក់​កូដ QR លើ​អត្តសញ្ញាណប័ណ្ណ (CCCD) នៅ​ក្រោម​ម៉ាស៊ីន​ស្កេន ដើម្បី​បំពេញ​ព័ត៌មាន រួច​បំពេញ​ផ្នែក​ដែល​នៅ​សល់ ហើយ​ចុច បន្ត។</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="794"/>
        <source>Check your application, then touch Send the application.</source>
        <translation type="unfinished">ពិនិត្យ​ពាក្យ​ស្នើសុំ រួច​ចុច ផ្ញើ​ពាក្យ​ស្នើសុំ។</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="795"/>
        <source>Please take your receipt from the printer slot and keep it.</source>
        <translation type="unfinished">សូម​យក​បង្កាន់ដៃ​ពី​រន្ធ​ម៉ាស៊ីន​បោះពុម្ព ហើយ​រក្សា​ទុក។</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="804"/>
        <source>Submit an application online</source>
        <translation type="unfinished">ដាក់​ពាក្យ​ស្នើសុំ​តាម​អនឡាញ</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="837"/>
        <source>Your application has been received</source>
        <translation type="unfinished">ពាក្យ​ស្នើសុំ​របស់​លោកអ្នក​ត្រូវ​បាន​ទទួល​ហើយ</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="838"/>
        <source>Your application is saved on the kiosk</source>
        <translation type="unfinished">ពាក្យ​ស្នើសុំ​របស់​លោកអ្នក​ត្រូវ​បាន​រក្សាទុក​ក្នុង​ម៉ាស៊ីន</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="839"/>
        <source>Your application could not be accepted online</source>
        <translation type="unfinished">ពាក្យ​ស្នើសុំ​មិន​អាច​ទទួល​យក​តាម​អនឡាញ​បាន​ទេ</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="840"/>
        <source>Sorry, your application could not be saved</source>
        <translation type="unfinished">សូម​អភ័យទោស មិន​អាច​រក្សាទុក​ពាក្យ​ស្នើសុំ​បាន​ទេ</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="853"/>
        <source>Your dossier code is above and on the receipt that is printing. Use it to follow your application on this kiosk.</source>
        <translation type="unfinished">លេខ​កូដ​សំណុំ​ឯកសារ​នៅ​ខាង​លើ និង​លើ​បង្កាន់ដៃ​ដែល​កំពុង​បោះពុម្ព។ ប្រើ​លេខ​កូដ​នេះ​ដើម្បី​តាមដាន​ពាក្យ​ស្នើសុំ​នៅ​ម៉ាស៊ីន​នេះ។</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="857"/>
        <source>The kiosk cannot reach the service system now; it will send your application by itself as soon as it can. Keep the slip with this reference; you will get a dossier code when it arrives.</source>
        <translation type="unfinished">ឥឡូវ​នេះ​ម៉ាស៊ីន​មិន​អាច​ភ្ជាប់​ទៅ​ប្រព័ន្ធ​សេវា​បាន​ទេ វា​នឹង​ផ្ញើ​ពាក្យ​ស្នើសុំ​ដោយ​ខ្លួន​ឯង​ភ្លាម​ពេល​អាច។ សូម​រក្សា​សន្លឹក​ដែល​មាន​លេខ​យោង​នេះ លោកអ្នក​នឹង​បាន​លេខ​កូដ​សំណុំ​ឯកសារ​ពេល​ពាក្យ​ទៅ​ដល់។</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="863"/>
        <source>Please take the slip with this reference to a counter; an officer will help you.</source>
        <translation type="unfinished">សូម​យក​សន្លឹក​ដែល​មាន​លេខ​យោង​នេះ​ទៅ​បញ្ជរ មន្ត្រី​នឹង​ជួយ​លោកអ្នក។</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="867"/>
        <source>Nothing was sent. Please ask an officer at the front desk for help.</source>
        <translation type="unfinished">មិន​ទាន់​មាន​អ្វី​ត្រូវ​បាន​ផ្ញើ​ទេ។ សូម​សុំ​ជំនួយ​ពី​មន្ត្រី​នៅ​តុ​ព័ត៌មាន។</translation>
    </message>
    <message>
        <location filename="../../screens/submission.py" line="883"/>
        <source>Result due: %1</source>
        <translation type="unfinished">ថ្ងៃ​ទទួល​លទ្ធផល៖ %1</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../screens/technician/system.py" line="161"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="165"/>
        <source>Acknowledge outbox loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="165"/>
        <source>Touch again: the loss was dealt with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="167"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="170"/>
        <source>Dead letters: refused by the province, never sent again unless retried. Discard erases the item&apos;s content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="213"/>
        <source>Acknowledged %1 outbox loss(es).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="217"/>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="223"/>
        <source>Sync started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="266"/>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/technician/system.py" line="272"/>
        <source>%1  ·  queued %2  ·  %n attempt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="279"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="280"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="280"/>
        <source>Touch again to erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="299"/>
        <source>Queued again: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/system.py" line="301"/>
        <source>Discarded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Technician</name>
    <message>
        <location filename="../technician/config_edit.py" line="141"/>
        <source>Language of the citizen screens at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="147"/>
        <source>Seconds without a touch before a citizen&apos;s screen is wiped and Home comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="156"/>
        <source>The last seconds of that wait, shown as a countdown a touch cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="164"/>
        <source>Seconds on an untouched Home before the announcements show (0: never).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="172"/>
        <source>Seconds a result (ticket printed, rating sent) stays on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="180"/>
        <source>How Vietnamese reaches paper: raster works on every printer; only the modes of this printer&apos;s profile are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="189"/>
        <source>Width of the paper roll, in mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="194"/>
        <source>A scanned ID card of someone this old or older offers a priority ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="202"/>
        <source>Spoken guidance: when each screen opens (entry), only when Listen is touched (button), or never (off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="211"/>
        <source>The calling board: a chime then the call spoken, the chime only, or silent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="219"/>
        <source>Loudness of the voice and the chime, in percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="225"/>
        <source>Hour from which nothing is spoken (the office&apos;s clock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="231"/>
        <source>Hour until which nothing is spoken (equal hours: never quiet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="239"/>
        <source>How numbers are read aloud: north (một trăm linh năm, nghìn) or south (lẻ, ngàn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="247"/>
        <source>The lowest level written to the kiosk log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="321"/>
        <source>%1 cannot be changed here; edit %2 and restart the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="331"/>
        <source>%1 is set by the environment variable %2, which wins over the config file; change or remove it where it is set (e.g. the service&apos;s Environment=), then restart the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="348"/>
        <source>[%1] in %2 is not a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="386"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="392"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="399"/>
        <source>it is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="402"/>
        <source>the file is read-only for the kiosk&apos;s user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="408"/>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="412"/>
        <source>the kiosk&apos;s user may not write in the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="427"/>
        <source>(set, hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="429"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/config_edit.py" line="432"/>
        <source>(platform default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/checks.py" line="84"/>
        <source>the check itself failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/checks.py" line="102"/>
        <source>no result within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/checks.py" line="139"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/checks.py" line="141"/>
        <source>%1 min</source>
        <translation type="unfinished">%1 នាទី</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/checks.py" line="143"/>
        <source>%1 h</source>
        <translation type="unfinished">%1 ម៉ោង</translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/checks.py" line="144"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/checks.py" line="152"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="18"/>
        <source>ONLINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="19"/>
        <source>PAPER_LOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="20"/>
        <source>PAPER_OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="21"/>
        <source>COVER_OPEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="22"/>
        <source>OFFLINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="23"/>
        <source>UNKNOWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="28"/>
        <source>change the paper roll soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="29"/>
        <source>load a paper roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="30"/>
        <source>close the printer cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="31"/>
        <source>check power, cable and printer.uri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="32"/>
        <source>check the cable and printer.profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="49"/>
        <source>no printer configured: printer.uri is &apos;virtual&apos;, the demo&apos;s simulated printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="79"/>
        <location filename="../technician/diagnostics/storage.py" line="46"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="88"/>
        <source>status not reported (%1); run kiosk print-test to see that it prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="103"/>
        <source>%1: %2 - %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="127"/>
        <source>keyboard-wedge scanner: nothing to check from a shell; scan a code on the kiosk&apos;s Home screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="151"/>
        <source>%1 is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="165"/>
        <source>no permission to open %1 (is the kiosk user in the dialout group?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="179"/>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="190"/>
        <source>%1 is present and the running kiosk is reading it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="204"/>
        <source>%1 is present and opens (no kiosk is reading it now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="213"/>
        <source>%1 not found: scanner unplugged, or scanner.port is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="242"/>
        <source>%1 is present and held by the running kiosk (if no kiosk runs, another program has grabbed it and no scan reaches the kiosk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="259"/>
        <source>%1 (%2) is present and can be grabbed (no kiosk is reading it now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="273"/>
        <source>an evdev scanner is read on Linux only: set scanner.kind to &quot;keyboard&quot; or &quot;serial&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="280"/>
        <source>python-evdev cannot be imported: this build of the kiosk lacks it; rebuild it (DEPLOY.md, section 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="292"/>
        <source>%1 is not a keyboard (a touchscreen or a mouse?): scanner.device must be the scanner&apos;s …-event-kbd device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="301"/>
        <source>%1 not found: scanner unplugged, or scanner.device is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="308"/>
        <source>no permission to read %1: the scanner&apos;s udev rule did not apply (check its vendor id, reload the rules, replug the scanner; see DEPLOY.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="317"/>
        <source>%1 is not an input event device: scanner.device is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/devices.py" line="323"/>
        <source>cannot read the scanner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="63"/>
        <source>TLS: the certificate of %1 is not trusted (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="69"/>
        <source>TLS: handshake with %1 failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="75"/>
        <source>DNS: cannot resolve %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="81"/>
        <source>connection refused by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="86"/>
        <source>no answer from %1 within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="92"/>
        <source>%1 closed the connection without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="95"/>
        <source>cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="119"/>
        <source>no province configured: api.base_url is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="136"/>
        <source>session opened with the device token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="139"/>
        <source>province reached in %1 ms, TLS %2, device token accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="145"/>
        <source>slow: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="152"/>
        <source>none (plain http)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="154"/>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="155"/>
        <source>not verified (api.verify_tls is off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="162"/>
        <source>device token refused (HTTP 401): check api.device_token (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="171"/>
        <source>the province asks the kiosk to slow down (HTTP 429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="175"/>
        <source>province API error (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/network.py" line="178"/>
        <source>unexpected answer, not the province API? (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/storage.py" line="49"/>
        <source>%1 not created yet (the kiosk has not run here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/storage.py" line="54"/>
        <source>%1 has schema %2; upgraded at the kiosk&apos;s next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/storage.py" line="115"/>
        <source>unreadable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/storage.py" line="121"/>
        <source>damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/storage.py" line="128"/>
        <source>schema %1 is from a newer kiosk (this one knows %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/storage.py" line="149"/>
        <source>cannot read free space of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/storage.py" line="157"/>
        <source>%1 free in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/storage.py" line="160"/>
        <source>only %1: make room, or the outbox cannot grow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/sync.py" line="44"/>
        <source>oldest pending item waiting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/sync.py" line="50"/>
        <source>%1 dead letter(s) for a technician (kiosk sync lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/sync.py" line="58"/>
        <source>catalogue never pulled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/sync.py" line="68"/>
        <source>%1 (acknowledge on the technician Sync page once dealt with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/sync.py" line="79"/>
        <source>%1 answer(s) were not the province&apos;s (a captive portal or a proxy?): nothing was marked delivered on them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/sync.py" line="88"/>
        <source>%1 pending, %2 dead; last pull %3, last push %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/sync.py" line="103"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/sync.py" line="104"/>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/system.py" line="32"/>
        <source>time zone %1 cannot be loaded (tzdata missing from this installation?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/system.py" line="43"/>
        <source>%1, local time %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/system.py" line="51"/>
        <source>%1; not compared (no api.base_url)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/system.py" line="57"/>
        <source>no Date header in its answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/system.py" line="63"/>
        <source>%1; not compared with the province: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/system.py" line="77"/>
        <source>system clock is %1 ahead of the province&apos;s: set the time (NTP); %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/system.py" line="82"/>
        <source>system clock is %1 behind the province&apos;s: set the time (NTP); %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/system.py" line="94"/>
        <source>%1; within %2 s of the province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/system.py" line="120"/>
        <source>kiosk %1, Python %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/voice.py" line="40"/>
        <source>voice off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/voice.py" line="45"/>
        <source>no speech engine: install espeak-ng, or set voice.command (a Piper voice); calls only chime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/voice.py" line="59"/>
        <source>the speech engine failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/voice.py" line="67"/>
        <source>%1 speaks Vietnamese, but no sound player was found: install pipewire, pulseaudio-utils or alsa-utils, or set voice.player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../technician/diagnostics/voice.py" line="78"/>
        <source>%1, Vietnamese voice %2, played by %3; a call renders in %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TechnicianScreen</name>
    <message>
        <location filename="../../screens/technician/mode.py" line="115"/>
        <source>Technician mode · %1</source>
        <extracomment>a technician chose Quit kiosk: the window may close ends the process&apos;s event loop with an exit code (tests replace it)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/mode.py" line="116"/>
        <source>Exit to Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/mode.py" line="117"/>
        <source>Quit kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screens/technician/mode.py" line="117"/>
        <source>Touch again to quit the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketFieldsScreen</name>
    <message>
        <location filename="../../screens/ticket_fields.py" line="82"/>
        <source>Your ID card shows you are %1 or older: your ticket will be a priority ticket.</source>
        <translation type="unfinished">អត្តសញ្ញាណប័ណ្ណ​បង្ហាញ​ថា​លោកអ្នក​មាន​អាយុ %1 ឆ្នាំ​ឡើង​ទៅ៖ សំបុត្រ​របស់​លោកអ្នក​នឹង​ជា​លេខ​អាទិភាព។</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_fields.py" line="92"/>
        <source>Priority by age starts at %1. If you are disabled, pregnant or a war veteran, touch the priority button.</source>
        <translation type="unfinished">អាទិភាព​តាម​អាយុ​ចាប់ពី %1 ឆ្នាំ។ បើ​លោកអ្នក​ជា​ជន​ពិការ ស្ត្រី​មាន​ផ្ទៃពោះ ឬ​អតីត​យុទ្ធជន សូម​ចុច​ប៊ូតុង​អាទិភាព។</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_fields.py" line="110"/>
        <source>Choose the field you need</source>
        <translation type="unfinished">ជ្រើស​វិស័យ​ដែល​លោកអ្នក​ត្រូវ​ការ</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_fields.py" line="115"/>
        <source>Touch the field of your matter to take a queue number. Elderly people, people with a disability, pregnant women and carers of small children may take a priority number.</source>
        <translation type="unfinished">ចុច​លើ​វិស័យ​នៃ​កិច្ចការ​របស់​លោកអ្នក ដើម្បី​យក​លេខ​រង់ចាំ។ មនុស្ស​ចាស់ ជន​ពិការ ស្ត្រី​មាន​ផ្ទៃពោះ និង​អ្នក​មើល​ថែ​កូន​តូច អាច​យក​លេខ​អាទិភាព។</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_fields.py" line="122"/>
        <source>✓ Priority ticket</source>
        <translation type="unfinished">✓ លេខ​អាទិភាព</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_fields.py" line="124"/>
        <source>Priority ticket?</source>
        <translation type="unfinished">លេខ​អាទិភាព?</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_fields.py" line="125"/>
        <source>Elderly, disabled, pregnant, with a small child, people with merit</source>
        <translation type="unfinished">មនុស្ស​ចាស់ ជន​ពិការ ស្ត្រី​មាន​ផ្ទៃពោះ អ្នក​មាន​កូន​តូច អ្នក​មាន​គុណ​ចំពោះ​ជាតិ</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_fields.py" line="148"/>
        <source>No more numbers today</source>
        <translation type="unfinished">ថ្ងៃ​នេះ​អស់​លេខ​ហើយ</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_fields.py" line="152"/>
        <source>Not now: numbers again from %1</source>
        <translation type="unfinished">ផ្អាក​សិន៖ ចេញ​លេខ​វិញ​ចាប់ពី %1</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_fields.py" line="155"/>
        <source>Not at this time</source>
        <translation type="unfinished">ពេល​នេះ​មិន​ចេញ​លេខ</translation>
    </message>
</context>
<context>
    <name>TicketPrintScreen</name>
    <message>
        <location filename="../../screens/ticket_print.py" line="208"/>
        <source>Your number is %1. Please take your ticket from the printer slot, and wait until your number is called.</source>
        <extracomment>the pictogram of each state, and its tone (style.qss)</extracomment>
        <translation type="unfinished">លេខ​របស់​លោកអ្នក​គឺ %1។ សូម​យក​សំបុត្រ​ពី​រន្ធ​ម៉ាស៊ីន​បោះពុម្ព ហើយ​រង់ចាំ​រហូត​ដល់​គេ​ហៅ​លេខ​របស់​លោកអ្នក។</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="215"/>
        <source>Sorry, your ticket did not print. Please show this screen to an officer at the front desk.</source>
        <translation type="unfinished">សូម​អភ័យទោស សំបុត្រ​មិន​បាន​បោះពុម្ព​ចេញ​ទេ។ សូម​បង្ហាញ​អេក្រង់​នេះ​ដល់​មន្ត្រី​នៅ​តុ​ព័ត៌មាន។</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="221"/>
        <source>Try again</source>
        <translation type="unfinished">សាក​ម្ដង​ទៀត</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="222"/>
        <source>Take an ordinary number</source>
        <translation type="unfinished">យក​លេខ​ធម្មតា</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="236"/>
        <source>Returning to the home screen in %1 s</source>
        <translation type="unfinished">ត្រឡប់​ទៅ​ទំព័រ​ដើម​ក្នុង​រយៈពេល %1 វិនាទី</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="243"/>
        <source>Printing your ticket, please wait…</source>
        <translation type="unfinished">កំពុង​បោះពុម្ព​សំបុត្រ សូម​រង់ចាំ…</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="251"/>
        <source>Your number</source>
        <translation type="unfinished">លេខ​របស់​លោកអ្នក</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="255"/>
        <source>Please go to %1 when your number is called</source>
        <translation type="unfinished">សូម​ទៅ %1 ពេល​គេ​ហៅ​លេខ​របស់​លោកអ្នក</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="263"/>
        <source>People ahead of you: %1 (about %2 wait)</source>
        <translation type="unfinished">មុន​លោកអ្នក៖ %1 នាក់ (រង់ចាំ​ប្រហែល %2)</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="268"/>
        <source>People ahead of you: %1</source>
        <translation type="unfinished">មុន​លោកអ្នក៖ %1 នាក់</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="271"/>
        <source>Priority ticket</source>
        <translation type="unfinished">លេខ​អាទិភាព</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="274"/>
        <source>Appointment at %1 (%2)</source>
        <translation type="unfinished">ណាត់​ម៉ោង %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="279"/>
        <source>Please take your ticket from the printer slot.</source>
        <translation type="unfinished">សូម​យក​សំបុត្រ​ពី​រន្ធ​ម៉ាស៊ីន​បោះពុម្ព។</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="285"/>
        <source>No number was given to you. Please ask an officer at the front desk for help, or try again once the printer is fixed.</source>
        <translation type="unfinished">លោកអ្នក​មិន​ទាន់​បាន​លេខ​ទេ។ សូម​សុំ​ជំនួយ​ពី​មន្ត្រី​នៅ​តុ​ព័ត៌មាន ឬ​សាក​ម្ដង​ទៀត​ពេល​ម៉ាស៊ីន​បោះពុម្ព​ជួសជុល​រួច។</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="290"/>
        <source>Sorry, your ticket did not print</source>
        <translation type="unfinished">សូម​អភ័យទោស សំបុត្រ​មិន​បាន​បោះពុម្ព​ចេញ​ទេ</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="295"/>
        <source>Your number is %1. Please show this screen to an officer at the front desk; they can print your ticket again.</source>
        <translation type="unfinished">លេខ​របស់​លោកអ្នក​គឺ %1។ សូម​បង្ហាញ​អេក្រង់​នេះ​ដល់​មន្ត្រី​នៅ​តុ​ព័ត៌មាន ដើម្បី​បោះពុម្ព​សំបុត្រ​ម្ដង​ទៀត។</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="303"/>
        <source>Numbers are not given at this time</source>
        <translation type="unfinished">ពេល​នេះ​មិន​ចេញ​លេខ​ទេ</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="306"/>
        <location filename="../../screens/ticket_print.py" line="323"/>
        <source>Numbers are given again from %1.</source>
        <translation type="unfinished">នឹង​ចេញ​លេខ​វិញ​ចាប់ពី %1។</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="314"/>
        <source>You can still look up procedures and dossiers, apply online and pay fees at this kiosk.</source>
        <translation type="unfinished">លោកអ្នក​នៅ​តែ​អាច​ស្វែងរក​នីតិវិធី និង​សំណុំ​ឯកសារ ដាក់​ពាក្យ​តាម​អនឡាញ និង​បង់​ថ្លៃ​សេវា​នៅ​ម៉ាស៊ីន​នេះ។</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="320"/>
        <source>No more numbers today for this field</source>
        <translation type="unfinished">ថ្ងៃ​នេះ​អស់​លេខ​សម្រាប់​វិស័យ​នេះ​ហើយ</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="331"/>
        <source>All of today&apos;s numbers for this field have been given out. Please come back on the next working day, or ask an officer at the front desk.</source>
        <translation type="unfinished">លេខ​ទាំងអស់​របស់​វិស័យ​នេះ​សម្រាប់​ថ្ងៃ​នេះ​បាន​ចេញ​អស់​ហើយ។ សូម​មក​វិញ​នៅ​ថ្ងៃ​ធ្វើការ​បន្ទាប់ ឬ​សួរ​មន្ត្រី​នៅ​តុ​ព័ត៌មាន។</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="338"/>
        <source>Sorry, no number can be issued right now</source>
        <translation type="unfinished">សូម​អភ័យទោស ឥឡូវ​នេះ​មិន​អាច​ចេញ​លេខ​បាន​ទេ</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="342"/>
        <source>The kiosk cannot reach the queue system. Please try again in a few minutes, or ask an officer at the front desk for help.</source>
        <translation type="unfinished">ម៉ាស៊ីន​នេះ​មិន​អាច​ភ្ជាប់​ទៅ​ប្រព័ន្ធ​លេខ​រង់ចាំ​បាន​ទេ។ សូម​សាក​ម្ដង​ទៀត​ប៉ុន្មាន​នាទី​ក្រោយ ឬ​សុំ​ជំនួយ​ពី​មន្ត្រី​នៅ​តុ​ព័ត៌មាន។</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="361"/>
        <source>Or book an appointment for another day, and skip the queue: scan this code with your phone.</source>
        <translation type="unfinished">ឬ​ណាត់ជួប​សម្រាប់​ថ្ងៃ​ផ្សេង ដើម្បី​កុំ​ឲ្យ​ចាំ​ជួរ៖ ស្កេន​កូដ​នេះ​ដោយ​ទូរស័ព្ទ។</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="380"/>
        <source>No appointment found</source>
        <translation type="unfinished">រក​មិន​ឃើញ​ការ​ណាត់ជួប</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="381"/>
        <source>It is too early to check in</source>
        <translation type="unfinished">មិន​ទាន់​ដល់​ម៉ោង​ចុះ​វត្តមាន​ទេ</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="382"/>
        <source>The time of your appointment has passed</source>
        <translation type="unfinished">ហួស​ម៉ោង​ណាត់​របស់​លោកអ្នក​ហើយ</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="383"/>
        <source>This appointment was cancelled</source>
        <translation type="unfinished">ការ​ណាត់ជួប​នេះ​ត្រូវ​បាន​លុបចោល</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="384"/>
        <source>This appointment has already been checked in</source>
        <translation type="unfinished">ការ​ណាត់ជួប​នេះ​បាន​ចុះ​វត្តមាន​រួច​ហើយ</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="385"/>
        <source>Your appointment cannot be checked now</source>
        <translation type="unfinished">ឥឡូវ​នេះ​មិន​អាច​ពិនិត្យ​ការ​ណាត់ជួប​របស់​លោកអ្នក​បាន​ទេ</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="391"/>
        <source>Your appointment is at %1. You can check in from %2.</source>
        <translation type="unfinished">លោកអ្នក​មាន​ណាត់​ម៉ោង %1។ អាច​ចុះ​វត្តមាន​ចាប់ពី​ម៉ោង %2។</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="396"/>
        <source>Your appointment was at %1.</source>
        <translation type="unfinished">ម៉ោង​ណាត់​របស់​លោកអ្នក​គឺ %1។</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="400"/>
        <source>There is no appointment for today with this ID card. If you booked one, please scan the QR code on your confirmation, or take an ordinary number.</source>
        <translation type="unfinished">ថ្ងៃ​នេះ​គ្មាន​ការ​ណាត់ជួប​ជាមួយ​អត្តសញ្ញាណប័ណ្ណ​នេះ​ទេ។ បើ​លោកអ្នក​បាន​ណាត់ សូម​ស្កេន​កូដ QR លើ​ប័ណ្ណ​ណាត់ជួប ឬ​យក​លេខ​ធម្មតា។</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="405"/>
        <source>There is no appointment for today with this code. Please check the code on your confirmation, or take an ordinary number.</source>
        <translation type="unfinished">ថ្ងៃ​នេះ​គ្មាន​ការ​ណាត់ជួប​ជាមួយ​លេខ​កូដ​នេះ​ទេ។ សូម​ពិនិត្យ​លេខ​កូដ​លើ​ប័ណ្ណ​ណាត់ជួប ឬ​យក​លេខ​ធម្មតា។</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="409"/>
        <source>Please come back to the kiosk then. You can also take an ordinary number now from the home screen.</source>
        <translation type="unfinished">សូម​មក​ម៉ាស៊ីន​នេះ​វិញ​នៅ​ពេល​នោះ។ លោកអ្នក​ក៏​អាច​យក​លេខ​ធម្មតា​ឥឡូវ​នេះ​ពី​ទំព័រ​ដើម​បាន​ដែរ។</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="413"/>
        <source>Check-in for it has closed. You can take an ordinary number instead.</source>
        <translation type="unfinished">ការ​ចុះ​វត្តមាន​បាន​បិទ​ហើយ។ លោកអ្នក​អាច​យក​លេខ​ធម្មតា​ជំនួស​វិញ។</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="416"/>
        <source>You can take an ordinary number, or book again online.</source>
        <translation type="unfinished">លោកអ្នក​អាច​យក​លេខ​ធម្មតា ឬ​ណាត់​ម្ដង​ទៀត​តាម​អនឡាញ។</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="419"/>
        <source>Your ticket was printed when you checked in. If you lost it, please ask an officer at the front desk.</source>
        <translation type="unfinished">សំបុត្រ​បាន​បោះពុម្ព​ពេល​លោកអ្នក​ចុះ​វត្តមាន។ បើ​បាត់​សំបុត្រ សូម​សួរ​មន្ត្រី​នៅ​តុ​ព័ត៌មាន។</translation>
    </message>
    <message>
        <location filename="../../screens/ticket_print.py" line="423"/>
        <source>The kiosk cannot reach the appointment system. Please type the code on your confirmation, try again in a few minutes, or ask an officer at the front desk.</source>
        <translation type="unfinished">ម៉ាស៊ីន​នេះ​មិន​អាច​ភ្ជាប់​ទៅ​ប្រព័ន្ធ​ណាត់ជួប​បាន​ទេ។ សូម​វាយ​លេខ​កូដ​លើ​ប័ណ្ណ​ណាត់ជួប សាក​ម្ដង​ទៀត​ប៉ុន្មាន​នាទី​ក្រោយ ឬ​សួរ​មន្ត្រី​នៅ​តុ​ព័ត៌មាន។</translation>
    </message>
</context>
</TS>

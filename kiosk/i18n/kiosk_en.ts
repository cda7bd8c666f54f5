<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>PaymentScreen</name>
    <message numerus="yes">
        <location filename="../../screens/payment.py" line="178"/>
        <source>%n fee(s). Touch the one you want to pay.</source>
        <translation>
            <numerusform>%n fee. Touch it to pay it.</numerusform>
            <numerusform>%n fees. Touch the one you want to pay.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message numerus="yes">
        <location filename="../../screens/technician/entry.py" line="201"/>
        <source>Wrong PIN. %n more wrong PIN(s) lock the entry for a while.</source>
        <translation>
            <numerusform>Wrong PIN. %n more wrong PIN locks the entry for a while.</numerusform>
            <numerusform>Wrong PIN. %n more wrong PINs lock the entry for a while.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProceduresScreen</name>
    <message numerus="yes">
        <location filename="../../screens/procedures.py" line="185"/>
        <source>%n procedure(s). Touch one to see what to bring.</source>
        <translation>
            <numerusform>%n procedure. Touch it to see what to bring.</numerusform>
            <numerusform>%n procedures. Touch one to see what to bring.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <location filename="../../screens/technician/system.py" line="272"/>
        <source>%1  ·  queued %2  ·  %n attempt(s)</source>
        <translation>
            <numerusform>%1  ·  queued %2  ·  %n attempt</numerusform>
            <numerusform>%1  ·  queued %2  ·  %n attempts</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Calendar</name>
        <message numerus="yes">
            <source>%n days with entries</source>
            <translation>
                <numerusform>%n day with entries</numerusform>
                <numerusform>%n days with entries</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Courses</name>
        <message numerus="yes">
            <source>Only %n days with pain entries in {label} ({isoformat} – {isoformat2}), fewer than {MIN_WINDOW_DAYS}: its mean may not be typical.</source>
            <translation>
                <numerusform>Only %n day with pain entries in {label} ({isoformat} – {isoformat2}), fewer than {MIN_WINDOW_DAYS}: its mean may not be typical.</numerusform>
                <numerusform>Only %n days with pain entries in {label} ({isoformat} – {isoformat2}), fewer than {MIN_WINDOW_DAYS}: its mean may not be typical.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EncryptionDialogs</name>
        <message numerus="yes">
            <source>%n backups converted too</source>
            <translation>
                <numerusform>%n backup converted too</numerusform>
                <numerusform>%n backups converted too</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JournalView</name>
        <message numerus="yes">
            <source>{shown} of %n records in this period</source>
            <translation>
                <numerusform>{shown} of %n record in this period</numerusform>
                <numerusform>{shown} of %n records in this period</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n records in this period</source>
            <translation>
                <numerusform>%n record in this period</numerusform>
                <numerusform>%n records in this period</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Moved %n records to the trash. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>Moved %n record to the trash. Undo with Ctrl+Z.</numerusform>
                <numerusform>Moved %n records to the trash. Undo with Ctrl+Z.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Peg</name>
        <message numerus="yes">
            <source>%n check-ins, first {first:.1f} ({first_day}), latest {last:.1f} ({last_day})</source>
            <translation>
                <numerusform>%n check-ins, first {first:.1f} ({first_day}), latest {last:.1f} ({last_day})</numerusform>
                <numerusform>%n check-ins, first {first:.1f} ({first_day}), latest {last:.1f} ({last_day})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportModel</name>
        <message numerus="yes">
            <source>the first %n days</source>
            <translation>
                <numerusform>the first %n day</numerusform>
                <numerusform>the first %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the last %n days</source>
            <translation>
                <numerusform>the last %n day</numerusform>
                <numerusform>the last %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportWriter</name>
        <message numerus="yes">
            <source>%n pain entries</source>
            <translation>
                <numerusform>%n pain entry</numerusform>
                <numerusform>%n pain entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{label} ({n} of %n entries</source>
            <translation>
                <numerusform>{label} ({n} of %n entry</numerusform>
                <numerusform>{label} ({n} of %n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Text</name>
        <message numerus="yes">
            <source>{start} – {end} (%n days)</source>
            <translation>
                <numerusform>{start} – {end} (%n day)</numerusform>
                <numerusform>{start} – {end} (%n days)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TherapyEffect</name>
        <message numerus="yes">
            <source>{name}: %n sessions in this period.</source>
            <extracomment>single comparisons whose own fall reached &gt;= 2 points or &gt;= 30 % (None for immediate changes) single comparisons whose own rise reached &gt;= 2 points or &gt;= 30 % (None for immediate changes)</extracomment>
            <translation>
                <numerusform>{name}: %n session in this period.</numerusform>
                <numerusform>{name}: %n sessions in this period.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message numerus="yes">
            <source>Erase the %n records in the trash for good?</source>
            <translation>
                <numerusform>Erase the %n record in the trash for good?</numerusform>
                <numerusform>Erase the %n records in the trash for good?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Erased %n records for good.</source>
            <translation>
                <numerusform>Erased %n record for good.</numerusform>
                <numerusform>Erased %n records for good.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message numerus="yes">
            <source>%n pain entries</source>
            <translation>
                <numerusform>%n pain entry</numerusform>
                <numerusform>%n pain entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n therapy sessions</source>
            <translation>
                <numerusform>%n therapy session</numerusform>
                <numerusform>%n therapy sessions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrendsText</name>
        <message numerus="yes">
            <source>mean pain {mean:.1f} (lowest {lo:.0f}, highest {hi:.0f}, %n entries)</source>
            <extracomment>writes a day (``weekday=False`` leaves the weekday out), e.g. ``ui.dates.date_text``</extracomment>
            <translation>
                <numerusform>mean pain {mean:.1f} (lowest {lo:.0f}, highest {hi:.0f}, %n entry)</numerusform>
                <numerusform>mean pain {mean:.1f} (lowest {lo:.0f}, highest {hi:.0f}, %n entries)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sessions from {start} to {end}.</source>
            <translation>
                <numerusform>%n session from {start} to {end}.</numerusform>
                <numerusform>%n sessions from {start} to {end}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrialPage</name>
        <message numerus="yes">
            <source>{signed} points over %n complete pairs{ci}</source>
            <translation>
                <numerusform>{signed} points over %n complete pair{ci}</numerusform>
                <numerusform>{signed} points over %n complete pairs{ci}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message numerus="yes">
            <source>{source} has %n invalid rows, so nothing was imported: {first}{more}</source>
            <translation>
                <numerusform>{source} has %n invalid row, so nothing was imported: {first}{more}</numerusform>
                <numerusform>{source} has %n invalid rows, so nothing was imported: {first}{more}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>time of day {placed} (%n rows)</source>
            <translation>
                <numerusform>time of day {placed} (%n row)</numerusform>
                <numerusform>time of day {placed} (%n rows)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name} ({kind}, %n days)</source>
            <translation>
                <numerusform>{name} ({kind}, %n day)</numerusform>
                <numerusform>{name} ({kind}, %n days)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n treatment cells marked not taken (nothing to import)</source>
            <translation>
                <numerusform>%n treatment cell marked not taken (nothing to import)</numerusform>
                <numerusform>%n treatment cells marked not taken (nothing to import)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pain entries</source>
            <translation>
                <numerusform>%n pain entry</numerusform>
                <numerusform>%n pain entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n therapy sessions</source>
            <translation>
                <numerusform>%n therapy session</numerusform>
                <numerusform>%n therapy sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n PEG check-ins</source>
            <translation>
                <numerusform>%n PEG check-in</numerusform>
                <numerusform>%n PEG check-ins</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>your own factor values on %n days (the file has other values)</source>
            <translation>
                <numerusform>your own factor values on %n day (the file has other values)</numerusform>
                <numerusform>your own factor values on %n days (the file has other values)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>This file cannot be imported: %n rows are not valid. Nothing was imported.</source>
            <translation>
                <numerusform>This file cannot be imported: %n row is not valid. Nothing was imported.</numerusform>
                <numerusform>This file cannot be imported: %n rows are not valid. Nothing was imported.</numerusform>
            </translation>
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>AddTherapyDialog</name>
        <message>
            <source>Add medication</source>
            <extracomment>The therapy just added (emitted before the dialog closes).</extracomment>
            <translation>Medikament hinzufügen</translation>
        </message>
        <message>
            <source>Add therapy</source>
            <translation>Therapie hinzufügen</translation>
        </message>
        <message>
            <source>A medication by its name, e.g. the one on the box; its class links the reference card of that kind of medicine.</source>
            <translation>Ein Medikament mit seinem Namen, z. B. dem auf der Packung; seine Klasse verknüpft die Infokarte zu dieser Art von Medikament.</translation>
        </message>
        <message>
            <source>A therapy of your own, e.g. Pilates or a TENS unit. You can rename or archive it later in Preferences &gt; Therapies.</source>
            <translation>Eine eigene Therapie, z. B. Pilates oder ein TENS-Gerät. Sie können sie später unter Einstellungen &gt; Therapien umbenennen oder archivieren.</translation>
        </message>
        <message>
            <source>e.g. Ibuprofen</source>
            <translation>z. B. Ibuprofen</translation>
        </message>
        <message>
            <source>e.g. Pilates</source>
            <translation>z. B. Pilates</translation>
        </message>
        <message>
            <source>Name of the new medication</source>
            <translation>Name des neuen Medikaments</translation>
        </message>
        <message>
            <source>Name of the new therapy</source>
            <translation>Name der neuen Therapie</translation>
        </message>
        <message>
            <source>Class of the medication (links its reference card)</source>
            <translation>Klasse des Medikaments (verknüpft seine Infokarte)</translation>
        </message>
        <message>
            <source>Category of the therapy</source>
            <translation>Kategorie der Therapie</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Class</source>
            <translation>&amp;Klasse</translation>
        </message>
        <message>
            <source>&amp;Category</source>
            <translation>&amp;Kategorie</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>The journal cannot be opened</source>
            <translation>Das Tagebuch kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Making the sample journal…</source>
            <translation>Das Beispieltagebuch wird angelegt…</translation>
        </message>
        <message>
            <source>&amp;Close the sample data</source>
            <translation>Beispieldaten &amp;schließen</translation>
        </message>
    </context>
    <context>
        <name>BackupCmds</name>
        <message>
            <source>Passphrase of the journal: </source>
            <translation>Passphrase des Tagebuchs: </translation>
        </message>
        <message>
            <source>The journal {journal_path} was not found.</source>
            <translation>Das Tagebuch {journal_path} wurde nicht gefunden.</translation>
        </message>
        <message>
            <source>backed up {journal_path} to {out} (verified, {human_size})</source>
            <translation>{journal_path} gesichert nach {out} (geprüft, {human_size})</translation>
        </message>
        <message>
            <source>backed up {journal_path} to {path} (verified, {human_size})</source>
            <translation>{journal_path} gesichert nach {path} (geprüft, {human_size})</translation>
        </message>
        <message>
            <source>No backups yet in {folder}.</source>
            <translation>Noch keine Sicherungen in {folder}.</translation>
        </message>
        <message>
            <source>Backups in {folder}, newest first:</source>
            <translation>Sicherungen in {folder}, neueste zuerst:</translation>
        </message>
        <message>
            <source>Passphrase of the backup: </source>
            <translation>Passphrase der Sicherung: </translation>
        </message>
        <message>
            <source>backed up the current journal to {safety_backup}</source>
            <translation>das aktuelle Tagebuch gesichert nach {safety_backup}</translation>
        </message>
        <message>
            <source>the damaged journal was kept, unchanged, as {moved_aside}</source>
            <translation>das beschädigte Tagebuch wurde unverändert aufbewahrt als {moved_aside}</translation>
        </message>
        <message>
            <source>restored {journal} from {restored_from} (verified)</source>
            <translation>{journal} wiederhergestellt aus {restored_from} (geprüft)</translation>
        </message>
        <message>
            <source>The journal is encrypted; it opens with </source>
            <translation>Das Tagebuch ist verschlüsselt; es öffnet sich mit </translation>
        </message>
        <message>
            <source>its passphrase, as before.</source>
            <translation>seiner Passphrase, wie bisher.</translation>
        </message>
        <message>
            <source>the passphrase of the backup.</source>
            <translation>der Passphrase der Sicherung.</translation>
        </message>
        <message>
            <source>note: {message}</source>
            <translation>Hinweis: {message}</translation>
        </message>
        <message>
            <source>note: finished an empty-trash that was interrupted; the deleted text is gone from the journal file</source>
            <translation>Hinweis: ein unterbrochenes Leeren des Papierkorbs wurde abgeschlossen; der gelöschte Text ist aus der Tagebuchdatei entfernt</translation>
        </message>
        <message>
            <source>warning: {message}</source>
            <translation>Warnung: {message}</translation>
        </message>
        <message>
            <source>What to do: restore the newest good backup with 'backjournal backups' and 'backjournal restore FILE'. The damaged file is kept as it is.</source>
            <translation>Was zu tun ist: Stellen Sie die neueste gute Sicherung wieder her, mit 'backjournal backups' und 'backjournal restore DATEI'. Die beschädigte Datei bleibt, wie sie ist.</translation>
        </message>
        <message>
            <source>{int} bytes</source>
            <translation>{int} Byte</translation>
        </message>
        <message>
            <source>{n} bytes</source>
            <translation>{n} Byte</translation>
        </message>
    </context>
    <context>
        <name>BackupDialogs</name>
        <message>
            <source>Made</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Choose a backup file</source>
            <extracomment>(parent, backup file, error text of the previous try or None) -&gt; the passphrase typed, or None (cancel).</extracomment>
            <translation>Sicherungsdatei wählen</translation>
        </message>
        <message>
            <source>BackJournal journals (*.sqlite3 *.db);;All files (*)</source>
            <translation>BackJournal-Tagebücher (*.sqlite3 *.db);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>This file cannot be restored</source>
            <translation>Diese Datei kann nicht wiederhergestellt werden</translation>
        </message>
        <message>
            <source>Your journal was not changed. Choose another backup.</source>
            <translation>Ihr Tagebuch wurde nicht verändert. Wählen Sie eine andere Sicherung.</translation>
        </message>
        <message>
            <source>That passphrase does not open this backup. Nothing was changed; try again.</source>
            <translation>Diese Passphrase öffnet diese Sicherung nicht. Es wurde nichts verändert; versuchen Sie es noch einmal.</translation>
        </message>
        <message>
            <source>Backing up your journal…</source>
            <translation>Ihr Tagebuch wird gesichert…</translation>
        </message>
    </context>
    <context>
        <name>BackupMenu</name>
        <message>
            <source>&amp;Back up now</source>
            <translation>Jetzt &amp;sichern</translation>
        </message>
        <message>
            <source>Make a verified copy of your journal in its backups folder</source>
            <translation>Eine geprüfte Kopie Ihres Tagebuchs im Sicherungsordner anlegen</translation>
        </message>
        <message>
            <source>&amp;Restore backup…</source>
            <translation>Sicherung &amp;wiederherstellen…</translation>
        </message>
        <message>
            <source>Replace the journal with one of its backups (the current journal is backed up first)</source>
            <translation>Das Tagebuch durch eine seiner Sicherungen ersetzen (das aktuelle Tagebuch wird vorher gesichert)</translation>
        </message>
        <message>
            <source>Backing up your journal…</source>
            <translation>Ihr Tagebuch wird gesichert…</translation>
        </message>
        <message>
            <source>backup ({human_size}, verified)</source>
            <translation>Sicherung ({human_size}, geprüft)</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Die Sicherung wird wiederhergestellt…</translation>
        </message>
        <message>
            <source> Your journal as it was is saved as {name}.</source>
            <translation> Ihr Tagebuch, wie es war, ist als {name} gespeichert.</translation>
        </message>
        <message>
            <source> The journal is now encrypted: it opens with the backup's passphrase.</source>
            <translation> Das Tagebuch ist jetzt verschlüsselt: Es öffnet sich mit der Passphrase der Sicherung.</translation>
        </message>
        <message>
            <source>Restored {name}.{kept}</source>
            <translation>{name} wiederhergestellt.{kept}</translation>
        </message>
    </context>
    <context>
        <name>BackupPassphraseDialog</name>
        <message>
            <source>Encrypted backup</source>
            <translation>Verschlüsselte Sicherung</translation>
        </message>
        <message>
            <source>The backup {name} is encrypted. Enter the passphrase the journal had when this backup was made.</source>
            <translation>Die Sicherung {name} ist verschlüsselt. Geben Sie die Passphrase ein, die das Tagebuch hatte, als diese Sicherung erstellt wurde.</translation>
        </message>
        <message>
            <source>Passphrase of the backup</source>
            <translation>Passphrase der Sicherung</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>ok: {path} passed the integrity check and has no broken links between records.</source>
            <translation>ok: {path} hat die Integritätsprüfung bestanden und hat keine gebrochenen Verknüpfungen zwischen Datensätzen.</translation>
        </message>
        <message>
            <source>ok: {path} passed the quick integrity check and has no broken links between records.</source>
            <translation>ok: {path} hat die schnelle Integritätsprüfung bestanden und hat keine gebrochenen Verknüpfungen zwischen Datensätzen.</translation>
        </message>
        <message>
            <source>DAMAGED: {path} failed the integrity check: {problems}</source>
            <translation>BESCHÄDIGT: {path} hat die Integritätsprüfung nicht bestanden: {problems}</translation>
        </message>
        <message>
            <source>DAMAGED: {path} failed the quick integrity check: {problems}</source>
            <translation>BESCHÄDIGT: {path} hat die schnelle Integritätsprüfung nicht bestanden: {problems}</translation>
        </message>
    </context>
    <context>
        <name>BodyMap</name>
        <message>
            <source>Front</source>
            <translation>Vorne</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Hinten</translation>
        </message>
        <message>
            <source>front view</source>
            <translation>Vorderansicht</translation>
        </message>
        <message>
            <source>back view</source>
            <translation>Rückansicht</translation>
        </message>
        <message>
            <source>Body map: front and back; click where it hurts</source>
            <translation>Körperkarte: vorne und hinten; klicken Sie, wo es schmerzt</translation>
        </message>
    </context>
    <context>
        <name>Calendar</name>
        <message>
            <source>Mo</source>
            <translation>Mo</translation>
        </message>
        <message>
            <source>Tu</source>
            <translation>Di</translation>
        </message>
        <message>
            <source>We</source>
            <translation>Mi</translation>
        </message>
        <message>
            <source>Th</source>
            <translation>Do</translation>
        </message>
        <message>
            <source>Fr</source>
            <translation>Fr</translation>
        </message>
        <message>
            <source>Sa</source>
            <translation>Sa</translation>
        </message>
        <message>
            <source>Su</source>
            <translation>So</translation>
        </message>
        <message>
            <source>No entry that day (not the same as pain 0)</source>
            <translation>Kein Eintrag an diesem Tag (nicht dasselbe wie Schmerz 0)</translation>
        </message>
        <message>
            <source>Outside the period shown</source>
            <translation>Außerhalb des gezeigten Zeitraums</translation>
        </message>
        <message>
            <source>No entry that day (dot; not the same as pain 0)</source>
            <translation>Kein Eintrag an diesem Tag (Punkt; nicht dasselbe wie Schmerz 0)</translation>
        </message>
        <message>
            <source>Daily mean pain (0–10), written in each day</source>
            <translation>Täglicher mittlerer Schmerz (0–10), in jeden Tag geschrieben</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Mo</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Mi</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Fr</translation>
        </message>
        <message>
            <source>Daily mean pain (0–10)</source>
            <translation>Täglicher mittlerer Schmerz (0–10)</translation>
        </message>
        <message numerus="yes">
            <source>%n days with entries</source>
            <translation>
                <numerusform>%n Tag mit Einträgen</numerusform>
                <numerusform>%n Tage mit Einträgen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CardDialog</name>
        <message>
            <source>Therapy reference card</source>
            <translation>Infokarte zur Therapie</translation>
        </message>
        <message>
            <source>About {name}</source>
            <translation>Über {name}</translation>
        </message>
    </context>
    <context>
        <name>CardSummaries</name>
        <message>
            <source>Acupuncture helped more than usual care in large trials, but about as much as fake (sham) needling, and guidelines disagree on whether to offer it.</source>
            <translation>Akupunktur half in großen Studien mehr als die übliche Versorgung, aber etwa so viel wie Schein-Akupunktur, und Leitlinien sind sich uneinig, ob sie angeboten werden sollte.</translation>
        </message>
        <message>
            <source>An ice or cold pack on the back is simple and cheap, but there is too little research to say whether it helps back pain.</source>
            <translation>Ein Eis- oder Kältepack auf dem Rücken ist einfach und günstig, aber es gibt zu wenig Forschung, um zu sagen, ob er bei Rückenschmerzen hilft.</translation>
        </message>
        <message>
            <source>Standing in a chamber of extremely cold air is unproven for back pain, and the FDA has not cleared any such device to treat any medical condition.</source>
            <translation>Das Stehen in einer Kammer mit extrem kalter Luft ist bei Rückenschmerzen unbewiesen, und die FDA hat kein solches Gerät zur Behandlung irgendeiner Erkrankung freigegeben.</translation>
        </message>
        <message>
            <source>Exercise is a first-line choice in every major guideline for chronic back pain; it eases pain modestly, and no single type is clearly best.</source>
            <translation>Bewegung ist in jeder großen Leitlinie eine Behandlung der ersten Wahl bei chronischen Rückenschmerzen; sie lindert Schmerzen mäßig, und keine einzelne Art ist eindeutig die beste.</translation>
        </message>
        <message>
            <source>Plain explanations of the study words, medicine words and organisation names that the cards use, such as placebo, usual care, median, SSRI, boxed warning, NICE and CDC.</source>
            <translation>Einfache Erklärungen der Studienbegriffe, Medikamentenbegriffe und Namen von Organisationen, die auf den Karten vorkommen, etwa Placebo, übliche Versorgung, Median, SSRI, Boxed Warning, NICE und CDC.</translation>
        </message>
        <message>
            <source>Heat wraps gave a small, short-term easing of acute back pain in a few trials; evidence for chronic pain is lacking.</source>
            <translation>Wärmeauflagen brachten in einigen Studien eine kleine, kurzfristige Linderung akuter Rückenschmerzen; für chronische Schmerzen fehlen Belege.</translation>
        </message>
        <message>
            <source>Epidural steroids give small, short-lived relief of sciatica; NICE advises no spinal injections for back pain without sciatica; denervation added little to exercise; spinal cord stimulation is for nerve pain after a successful trial, and its benefit for back pain is disputed.</source>
            <translation>Epidurale Steroide lindern Ischiasbeschwerden wenig und kurz; NICE rät bei Rückenschmerzen ohne Ischias von Injektionen an der Wirbelsäule ab; Denervierung brachte zusätzlich zu Bewegung wenig; Rückenmarkstimulation ist für Nervenschmerzen nach einer erfolgreichen Testphase gedacht, und ihr Nutzen bei Rückenschmerzen ist umstritten.</translation>
        </message>
        <message>
            <source>No trial has tested kratom for back pain; the FDA warns people not to use it, no safe dose is known, and risks include addiction, liver injury and contaminated products.</source>
            <translation>Keine Studie hat Kratom bei Rückenschmerzen getestet; die FDA warnt davor, es zu verwenden, eine sichere Dosis ist nicht bekannt, und zu den Risiken gehören Abhängigkeit, Leberschäden und verunreinigte Produkte.</translation>
        </message>
        <message>
            <source>Massage may ease back pain for a short time, with only minor side effects, but the evidence is of low or very low certainty and the benefit seldom lasts.</source>
            <translation>Massage kann Rückenschmerzen für kurze Zeit lindern, mit nur geringen Nebenwirkungen, aber die Belege haben eine niedrige oder sehr niedrige Vertrauenswürdigkeit, und der Nutzen hält selten an.</translation>
        </message>
        <message>
            <source>In trials, common back-pain medicines gave small or no benefits; guidelines put non-drug care first, and paracetamol, opioids and carisoprodol carry serious risks.</source>
            <translation>In Studien brachten gängige Medikamente gegen Rückenschmerzen kleinen oder keinen Nutzen; Leitlinien stellen Behandlung ohne Medikamente an die erste Stelle, und Paracetamol, Opioide und Carisoprodol bergen ernste Risiken.</translation>
        </message>
        <message>
            <source>Group courses in mindfulness or cognitive behavioural therapy helped more people with long-lasting back pain than usual care in a large trial; guidelines list them for chronic pain, NICE only together with exercise.</source>
            <translation>Gruppenkurse in Achtsamkeit oder kognitiver Verhaltenstherapie halfen in einer großen Studie mehr Menschen mit lang anhaltenden Rückenschmerzen als die übliche Versorgung; Leitlinien führen sie bei chronischen Schmerzen auf, NICE nur zusammen mit Bewegung.</translation>
        </message>
        <message>
            <source>A physical therapist assesses you and guides active care such as exercise and education; guidelines support active care, and NICE and WHO advise against passive machine treatments such as TENS.</source>
            <translation>Eine Physiotherapeutin oder ein Physiotherapeut untersucht Sie und leitet aktive Behandlung wie Bewegung und Aufklärung an; Leitlinien unterstützen aktive Behandlung, und NICE und WHO raten von passiven Gerätebehandlungen wie TENS ab.</translation>
        </message>
        <message>
            <source>How to read your 0 to 10 pain scores and weekly PEG check-ins, what size of change counts as meaningful, what the evidence words on the cards mean, and why a change after a new therapy does not prove the therapy caused it.</source>
            <translation>Wie Sie Ihre Schmerzwerte von 0 bis 10 und die wöchentlichen PEG-Abfragen lesen, welche Größe einer Veränderung als bedeutsam gilt, was die Evidenzbegriffe auf den Karten bedeuten und warum eine Veränderung nach einer neuen Therapie nicht beweist, dass die Therapie sie verursacht hat.</translation>
        </message>
        <message>
            <source>Warning signs that mean you should stop self-care and get medical help, starting with the signs of cauda equina syndrome, which need the emergency department now, and when a scan is and is not needed.</source>
            <translation>Warnzeichen, bei denen Sie die Selbstbehandlung beenden und ärztliche Hilfe holen sollten, beginnend mit den Zeichen eines Cauda-equina-Syndroms, die sofort in die Notaufnahme gehören, und wann eine Bildgebung nötig ist und wann nicht.</translation>
        </message>
        <message>
            <source>Hands-on treatment of the spine; guidelines list it as one option, and for long-lasting back pain it seems to work about as well as other recommended treatments, not better.</source>
            <translation>Behandlung der Wirbelsäule mit den Händen; Leitlinien führen sie als eine Möglichkeit, und bei lang anhaltenden Rückenschmerzen scheint sie etwa so gut zu wirken wie andere empfohlene Behandlungen, nicht besser.</translation>
        </message>
    </context>
    <context>
        <name>CardView</name>
        <message>
            <source>When to get medical help now</source>
            <extracomment>The longest comfortable line, in average characters.</extracomment>
            <translation>Wann sofort ärztliche Hilfe?</translation>
        </message>
        <message>
            <source>Full text in English until a clinician-reviewed translation exists.</source>
            <extracomment>Shown above a card's full text in every language but English (the cards' titles and summaries are translated; their full text is not, until a clinician has reviewed a translation).</extracomment>
            <translation>Der vollständige Text bleibt Englisch, bis eine von Fachleuten geprüfte Übersetzung vorliegt.</translation>
        </message>
        <message>
            <source>⚠ Last reviewed {reviewed}, more than {months} months ago: this card may be out of date. Check with your clinician.</source>
            <translation>⚠ Zuletzt geprüft am {reviewed}, vor mehr als {months} Monaten: Diese Karte ist möglicherweise veraltet. Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt.</translation>
        </message>
        <message>
            <source>Last reviewed {reviewed}; next review due by {due}.</source>
            <translation>Zuletzt geprüft am {reviewed}; nächste Prüfung fällig bis {due}.</translation>
        </message>
        <message>
            <source>Signs that mean: stop self-care and get medical help now</source>
            <translation>Zeichen, die bedeuten: Selbstbehandlung beenden und sofort ärztliche Hilfe holen</translation>
        </message>
        <message>
            <source>← Back</source>
            <extracomment>Qt's font size adjustment per heading level (0 medium, 1 large, 2 x-large; markdown gives h1 3, xx-large). The id of the card now shown.</extracomment>
            <translation>← Zurück</translation>
        </message>
        <message>
            <source>Back to the previous card</source>
            <translation>Zurück zur vorigen Karte</translation>
        </message>
        <message>
            <source>Reference card</source>
            <translation>Infokarte</translation>
        </message>
        <message>
            <source>Opens in your web browser: {text}</source>
            <translation>Öffnet sich in Ihrem Webbrowser: {text}</translation>
        </message>
    </context>
    <context>
        <name>Cards</name>
        <message>
            <source>General information, not medical advice: it does not replace your clinician.</source>
            <extracomment>The one disclaimer, shown in the same place (the card view's footer) under every card. Cards do not carry their own copies of it.</extracomment>
            <translation>Allgemeine Informationen, keine medizinische Beratung: Sie ersetzen nicht Ihre Ärztin oder Ihren Arzt.</translation>
        </message>
        <message>
            <source>Acupuncture</source>
            <translation>Akupunktur</translation>
        </message>
        <message>
            <source>Cold packs</source>
            <translation>Kältepacks</translation>
        </message>
        <message>
            <source>Whole-body cryotherapy</source>
            <translation>Ganzkörper-Kältetherapie</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Bewegung</translation>
        </message>
        <message>
            <source>Words used on these cards</source>
            <translation>Begriffe auf diesen Karten</translation>
        </message>
        <message>
            <source>Heat</source>
            <translation>Wärme</translation>
        </message>
        <message>
            <source>Injections and procedures (epidural steroids, facet joints, denervation, spinal cord stimulation)</source>
            <translation>Injektionen und Eingriffe (epidurale Steroide, Facettengelenke, Denervierung, Rückenmarkstimulation)</translation>
        </message>
        <message>
            <source>Kratom</source>
            <translation>Kratom</translation>
        </message>
        <message>
            <source>Massage</source>
            <translation>Massage</translation>
        </message>
        <message>
            <source>Medicines for back pain</source>
            <translation>Medikamente gegen Rückenschmerzen</translation>
        </message>
        <message>
            <source>Mindfulness, CBT and other psychological therapies</source>
            <translation>Achtsamkeit, KVT und andere psychologische Therapien</translation>
        </message>
        <message>
            <source>Physical therapy</source>
            <translation>Physiotherapie</translation>
        </message>
        <message>
            <source>Reading your numbers</source>
            <translation>Ihre Zahlen lesen</translation>
        </message>
        <message>
            <source>When to get medical help now</source>
            <translation>Wann sofort ärztliche Hilfe?</translation>
        </message>
        <message>
            <source>Spinal manipulation and mobilisation (including chiropractic)</source>
            <translation>Wirbelsäulenmanipulation und -mobilisation (einschließlich Chiropraktik)</translation>
        </message>
    </context>
    <context>
        <name>CardsView</name>
        <message>
            <source> (may be out of date)</source>
            <translation> (möglicherweise veraltet)</translation>
        </message>
        <message>
            <source>{name} (your notes)</source>
            <translation>{name} (Ihre Notizen)</translation>
        </message>
        <message>
            <source>A therapy you added; the card holds your own notes.</source>
            <translation>Eine Therapie, die Sie hinzugefügt haben; die Karte enthält Ihre eigenen Notizen.</translation>
        </message>
        <message>
            <source>Search the cards</source>
            <translation>Karten durchsuchen</translation>
        </message>
        <message>
            <source>Search the cards (for example: sham, FDA, walking)</source>
            <translation>Karten durchsuchen (zum Beispiel: Schein, FDA, Gehen)</translation>
        </message>
        <message>
            <source>Therapy reference cards</source>
            <translation>Infokarten zu Therapien</translation>
        </message>
        <message>
            <source>No card matches these words.</source>
            <translation>Keine Karte passt zu diesen Wörtern.</translation>
        </message>
    </context>
    <context>
        <name>Change</name>
        <message>
            <source>the last </source>
            <extracomment>why there is no comparison at all (e.g. a 1-day period), else None</extracomment>
            <translation>die letzten </translation>
        </message>
        <message>
            <source>Change: baseline → last {last}</source>
            <translation>Veränderung: Ausgangswert → letzte {last}</translation>
        </message>
        <message>
            <source>the first </source>
            <translation>die ersten </translation>
        </message>
        <message>
            <source>Change: first → last {last}</source>
            <translation>Veränderung: erste → letzte {last}</translation>
        </message>
        <message>
            <source>Change: first {first} → last {last}</source>
            <translation>Veränderung: erste {first} → letzte {last}</translation>
        </message>
        <message>
            <source>Not enough entries to compare: each window needs entries on at least {need_days} days (found {first_days} and {last_days}).</source>
            <translation>Nicht genug Einträge für einen Vergleich: Jedes Fenster braucht Einträge an mindestens {need_days} Tagen (gefunden: {first_days} und {last_days}).</translation>
        </message>
        <message>
            <source>{size} points ({percent:.0f} %) lower</source>
            <translation>{size} Punkte ({percent:.0f} %) niedriger</translation>
        </message>
        <message>
            <source>{size} points ({percent:.0f} %) higher</source>
            <translation>{size} Punkte ({percent:.0f} %) höher</translation>
        </message>
        <message>
            <source>Average daily pain {before:.1f} → {after:.1f}: {how} in {last_label} than in {first_label}.</source>
            <translation>Mittlerer täglicher Schmerz {before:.1f} → {after:.1f}: {how} in {last_label} als in {first_label}.</translation>
        </message>
        <message>
            <source>That is a worsening: pain rose by {THRESHOLD_TEXT}.</source>
            <translation>Das ist eine Verschlechterung: Der Schmerz stieg um {THRESHOLD_TEXT}.</translation>
        </message>
        <message>
            <source>a fall of ≥ 2 points</source>
            <translation>ein Rückgang um ≥ 2 Punkte</translation>
        </message>
        <message>
            <source>a fall of ≥ 30 %</source>
            <translation>ein Rückgang um ≥ 30 %</translation>
        </message>
        <message>
            <source>Both thresholds of a clinically important improvement were reached (≥ 2 points and ≥ 30 %).</source>
            <translation>Beide Schwellen einer klinisch bedeutsamen Besserung wurden erreicht (≥ 2 Punkte und ≥ 30 %).</translation>
        </message>
        <message>
            <source>≥ 2 points</source>
            <translation>≥ 2 Punkte</translation>
        </message>
        <message>
            <source>Threshold reached: {reached}; not reached: {missing}.</source>
            <translation>Schwelle erreicht: {reached}; nicht erreicht: {missing}.</translation>
        </message>
        <message>
            <source>Neither threshold of a clinically important improvement was reached (≥ 2 points, ≥ 30 %).</source>
            <translation>Keine der Schwellen einer klinisch bedeutsamen Besserung wurde erreicht (≥ 2 Punkte, ≥ 30 %).</translation>
        </message>
        <message>
            <source>By IMMPACT's words this is a {immpact} improvement ({band} lower).</source>
            <translation>Nach den Begriffen von IMMPACT ist das eine {immpact} Besserung ({band} niedriger).</translation>
        </message>
        <message>
            <source>This is a change over time in patient-reported scores; it does not say why pain changed.</source>
            <translation>Das ist eine Veränderung patientenberichteter Werte über die Zeit; sie sagt nicht, warum sich der Schmerz verändert hat.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change the passphrase</source>
            <translation>Die Passphrase ändern</translation>
        </message>
        <message>
            <source>The journal and its backups are re-encrypted with the new passphrase; the old one will no longer open them.</source>
            <translation>Das Tagebuch und seine Sicherungen werden mit der neuen Passphrase neu verschlüsselt; die alte öffnet sie danach nicht mehr.</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Aktuelle Passphrase</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>Pain and therapies</source>
            <extracomment>English, marked for translation; shown as translate("Charts", title)</extracomment>
            <translation>Schmerz und Therapien</translation>
        </message>
        <message>
            <source>Daily pain calendar</source>
            <translation>Kalender des täglichen Schmerzes</translation>
        </message>
        <message>
            <source>Pain around therapy sessions</source>
            <translation>Schmerz rund um Therapiesitzungen</translation>
        </message>
    </context>
    <context>
        <name>CliContext</name>
        <message>
            <source>The journal {path} was not found.</source>
            <translation>Das Tagebuch {path} wurde nicht gefunden.</translation>
        </message>
        <message>
            <source>note: {note}</source>
            <translation>Hinweis: {note}</translation>
        </message>
    </context>
    <context>
        <name>CommandLineHelp</name>
        <message>
            <source>show the program's version and exit</source>
            <translation>die Version des Programms zeigen und beenden</translation>
        </message>
        <message>
            <source>the journal's folder (default: $BACKJOURNAL_DATA_DIR or the user data folder)</source>
            <translation>der Ordner des Tagebuchs (vorgegeben: $BACKJOURNAL_DATA_DIR oder der Datenordner des Benutzers)</translation>
        </message>
        <message>
            <source>an encrypted journal's passphrase, read from the first line of FILE (or set $BACKJOURNAL_PASSPHRASE; never on the command line)</source>
            <translation>die Passphrase eines verschlüsselten Tagebuchs, gelesen aus der ersten Zeile von FILE (oder $BACKJOURNAL_PASSPHRASE setzen; nie auf der Befehlszeile)</translation>
        </message>
        <message>
            <source>open the window hidden in the system tray (how the login autostart entry starts it)</source>
            <translation>das Fenster verborgen im Systembereich öffnen (so startet es der Autostart-Eintrag bei der Anmeldung)</translation>
        </message>
        <message>
            <source>log pain, a therapy session, a weekly PEG check-in or a daily factor</source>
            <extracomment>command -&gt; (the module that registers it, its one-line help). Kept equal to the modules by a test.</extracomment>
            <translation>Schmerz, eine Therapiesitzung, einen wöchentlichen PEG-Check-in oder einen täglichen Faktor eintragen</translation>
        </message>
        <message>
            <source>list entries, sessions and PEG check-ins</source>
            <translation>Einträge, Sitzungen und PEG-Check-ins auflisten</translation>
        </message>
        <message>
            <source>list therapy types (built-in and your own)</source>
            <translation>Therapiearten auflisten (eingebaute und eigene)</translation>
        </message>
        <message>
            <source>move records to the trash</source>
            <translation>Datensätze in den Papierkorb verschieben</translation>
        </message>
        <message>
            <source>bring records back from the trash</source>
            <translation>Datensätze aus dem Papierkorb zurückholen</translation>
        </message>
        <message>
            <source>list records in the trash (bring one back with 'undelete')</source>
            <translation>Datensätze im Papierkorb auflisten (zurückholen mit 'undelete')</translation>
        </message>
        <message>
            <source>delete everything in the trash for good (cannot be undone)</source>
            <translation>alles im Papierkorb endgültig löschen (kann nicht rückgängig gemacht werden)</translation>
        </message>
        <message>
            <source>encrypt the journal and its backups with a passphrase (SQLCipher)</source>
            <translation>das Tagebuch und seine Sicherungen mit einer Passphrase verschlüsseln (SQLCipher)</translation>
        </message>
        <message>
            <source>change an encrypted journal's passphrase (backups too)</source>
            <translation>die Passphrase eines verschlüsselten Tagebuchs ändern (auch die der Sicherungen)</translation>
        </message>
        <message>
            <source>store the journal and its backups unencrypted again</source>
            <translation>das Tagebuch und seine Sicherungen wieder unverschlüsselt speichern</translation>
        </message>
        <message>
            <source>make a verified backup of the journal now</source>
            <translation>jetzt eine geprüfte Sicherung des Tagebuchs anlegen</translation>
        </message>
        <message>
            <source>list the backups in the backups folder, newest first</source>
            <translation>die Sicherungen im Sicherungsordner auflisten, die neueste zuerst</translation>
        </message>
        <message>
            <source>replace the journal with a backup (the current journal is backed up first)</source>
            <translation>das Tagebuch durch eine Sicherung ersetzen (das aktuelle Tagebuch wird vorher gesichert)</translation>
        </message>
        <message>
            <source>check the journal for damage (exit 0 sound, 1 damaged)</source>
            <translation>das Tagebuch auf Schäden prüfen (Exit-Code 0 intakt, 1 beschädigt)</translation>
        </message>
        <message>
            <source>save a chart as PNG, SVG or PDF (the format follows the file name)</source>
            <translation>ein Diagramm als PNG, SVG oder PDF speichern (das Format folgt dem Dateinamen)</translation>
        </message>
        <message>
            <source>the numbers the charts show: daily means, rolling means, therapy effects</source>
            <translation>die Zahlen der Diagramme: Tagesmittel, gleitende Mittel, Therapieeffekte</translation>
        </message>
        <message>
            <source>fill an EMPTY journal with realistic made-up data (for trying things out)</source>
            <translation>ein LEERES Tagebuch mit realistischen erfundenen Daten füllen (zum Ausprobieren)</translation>
        </message>
        <message>
            <source>marked periods shaded on charts (e.g. an acupuncture course)</source>
            <translation>markierte Zeiträume, schattiert in Diagrammen (z. B. ein Akupunkturkurs)</translation>
        </message>
        <message>
            <source>export the journal as CSV, JSON (whole journal) or FHIR R4</source>
            <translation>das Tagebuch als CSV, JSON (ganzes Tagebuch) oder FHIR R4 exportieren</translation>
        </message>
        <message>
            <source>import a BackJournal CSV/JSON file, or a Bearable, Daylio or Flaredown CSV export</source>
            <translation>eine BackJournal-CSV/JSON-Datei oder einen CSV-Export von Bearable, Daylio oder Flaredown importieren</translation>
        </message>
        <message>
            <source>write the PDF report for your physician</source>
            <translation>den PDF-Bericht für Ihre Ärztin oder Ihren Arzt schreiben</translation>
        </message>
        <message>
            <source>therapy courses: adherence and pain against your own baseline</source>
            <translation>Therapiekurse: Einhaltung und Schmerz im Vergleich zu Ihrem eigenen Ausgangswert</translation>
        </message>
        <message>
            <source>a personal trial of two regimens (A/B) in randomised pairs of periods</source>
            <translation>ein persönlicher Versuch mit zwei Behandlungen (A/B) in zufällig geordneten Zeitraumpaaren</translation>
        </message>
        <message>
            <source>what went with better or worse days: therapies and factors against your pain (not cause and effect)</source>
            <translation>was mit besseren oder schlechteren Tagen einherging: Therapien und Faktoren neben Ihrem Schmerz (nicht Ursache und Wirkung)</translation>
        </message>
        <message>
            <source>your medications by name (each with its own lane and log)</source>
            <translation>Ihre Medikamente nach Namen (jedes mit eigener Spur und eigenem Protokoll)</translation>
        </message>
        <message>
            <source>daily factors: sleep, mood, stress, activity and your own</source>
            <translation>tägliche Faktoren: Schlaf, Stimmung, Stress, Aktivität und eigene</translation>
        </message>
        <message>
            <source>write the backup to FILE instead of the backups folder (FILE is replaced if it exists)</source>
            <translation>die Sicherung nach FILE schreiben statt in den Sicherungsordner (FILE wird ersetzt, wenn es existiert)</translation>
        </message>
        <message>
            <source>a backup file (see 'backjournal backups')</source>
            <translation>eine Sicherungsdatei (siehe 'backjournal backups')</translation>
        </message>
        <message>
            <source>an encrypted backup's passphrase when it differs from the journal's, first line of FILE (or $BACKJOURNAL_BACKUP_PASSPHRASE)</source>
            <translation>die Passphrase einer verschlüsselten Sicherung, wenn sie sich von der des Tagebuchs unterscheidet: erste Zeile von FILE (oder $BACKJOURNAL_BACKUP_PASSPHRASE)</translation>
        </message>
        <message>
            <source>SQLite's quick_check instead of the full integrity_check</source>
            <translation>SQLites quick_check statt der vollständigen integrity_check</translation>
        </message>
        <message>
            <source>start a course of a therapy (e.g. acupuncture twice a week for 6 weeks)</source>
            <translation>einen Therapiekurs beginnen (z. B. Akupunktur zweimal pro Woche für 6 Wochen)</translation>
        </message>
        <message>
            <source>a therapy key or name ('backjournal therapies' lists them)</source>
            <translation>Schlüssel oder Name einer Therapie ('backjournal therapies' listet sie auf)</translation>
        </message>
        <message>
            <source>first day, YYYY-MM-DD</source>
            <translation>erster Tag, JJJJ-MM-TT</translation>
        </message>
        <message>
            <source>planned last day, YYYY-MM-DD</source>
            <translation>geplanter letzter Tag, JJJJ-MM-TT</translation>
        </message>
        <message>
            <source>planned number of sessions (1-{max})</source>
            <translation>geplante Anzahl Sitzungen (1-{max})</translation>
        </message>
        <message>
            <source>planned sessions per week (1-{max})</source>
            <translation>geplante Sitzungen pro Woche (1-{max})</translation>
        </message>
        <message>
            <source>what you hope for (your words)</source>
            <translation>was Sie sich erhoffen (in Ihren Worten)</translation>
        </message>
        <message>
            <source>who gives it</source>
            <translation>wer sie gibt</translation>
        </message>
        <message>
            <source>days before the start compared with its end ({min}-{max}, default 14)</source>
            <translation>Tage vor dem Beginn, mit seinem Ende verglichen ({min}-{max}, vorgegeben 14)</translation>
        </message>
        <message>
            <source>list courses</source>
            <translation>Kurse auflisten</translation>
        </message>
        <message>
            <source>a course's adherence and pain against your baseline</source>
            <translation>Einhaltung und Schmerz eines Kurses im Vergleich zu Ihrem Ausgangswert</translation>
        </message>
        <message>
            <source>the course's id (see 'backjournal course list')</source>
            <translation>die ID des Kurses (siehe 'backjournal course list')</translation>
        </message>
        <message>
            <source>end a course: why, and how you feel it changed things (PGIC)</source>
            <translation>einen Kurs beenden: warum, und wie er Ihrem Gefühl nach etwas verändert hat (PGIC)</translation>
        </message>
        <message>
            <source>its last day, YYYY-MM-DD (default today)</source>
            <translation>sein letzter Tag, JJJJ-MM-TT (vorgegeben: heute)</translation>
        </message>
        <message>
            <source>why it ended: {allowed}</source>
            <translation>warum er endete: {allowed}</translation>
        </message>
        <message>
            <source>Patient Global Impression of Change: a whole number from 1 (very much improved) to 7 (very much worse)</source>
            <translation>Patient Global Impression of Change (Eindruck der Veränderung, PGIC): eine ganze Zahl von 1 (sehr viel besser) bis 7 (sehr viel schlechter)</translation>
        </message>
        <message>
            <source>a note (your words)</source>
            <translation>eine Notiz (in Ihren Worten)</translation>
        </message>
        <message>
            <source>the passphrase to set, first line of FILE</source>
            <translation>die zu setzende Passphrase, erste Zeile von FILE</translation>
        </message>
        <message>
            <source>the new passphrase, first line of FILE</source>
            <translation>die neue Passphrase, erste Zeile von FILE</translation>
        </message>
        <message>
            <source>confirm: the journal will be readable without a passphrase</source>
            <translation>bestätigen: das Tagebuch wird ohne Passphrase lesbar sein</translation>
        </message>
        <message>
            <source>map a name in a foreign file to a therapy key, or to "skip": --map "Yoga=exercise" --map "Friends=skip" (repeatable; see 'backjournal therapies' for keys)</source>
            <translation>einen Namen in einer fremden Datei einem Therapieschlüssel zuordnen oder "skip" (überspringen): --map "Yoga=exercise" --map "Freunde=skip" (wiederholbar; Schlüssel siehe 'backjournal therapies')</translation>
        </message>
        <message>
            <source>last day, YYYY-MM-DD</source>
            <translation>letzter Tag, JJJJ-MM-TT</translation>
        </message>
        <message>
            <source>the file to write (replaced atomically)</source>
            <translation>die zu schreibende Datei (in einem Schritt ersetzt)</translation>
        </message>
        <message>
            <source>the file to import</source>
            <translation>die zu importierende Datei</translation>
        </message>
        <message>
            <source>the file's format (default: detected)</source>
            <translation>das Format der Datei (vorgegeben: erkannt)</translation>
        </message>
        <message>
            <source>import a foreign file after reading its preview</source>
            <translation>eine fremde Datei importieren, nachdem Sie ihre Vorschau gelesen haben</translation>
        </message>
        <message>
            <source>only show what would be imported</source>
            <translation>nur zeigen, was importiert würde</translation>
        </message>
        <message>
            <source>ratings on a 0-4 scale (Bearable, Flaredown): convert to 0-10 (0→0 1→3 2→5 3→8 4→10) or skip them</source>
            <translation>Bewertungen auf einer Skala von 0-4 (Bearable, Flaredown): in 0-10 umrechnen (0→0 1→3 2→5 3→8 4→10) oder überspringen</translation>
        </message>
        <message>
            <source>last day, YYYY-MM-DD (default today)</source>
            <translation>letzter Tag, JJJJ-MM-TT (vorgegeben: heute)</translation>
        </message>
        <message>
            <source>the last 30 days, 90 days or year (default 90d)</source>
            <translation>die letzten 30 Tage, 90 Tage oder das letzte Jahr (vorgegeben: 90d)</translation>
        </message>
        <message>
            <source>compare against this baseline period instead of the first two weeks</source>
            <translation>mit diesem Zeitraum als Ausgangswert vergleichen statt mit den ersten zwei Wochen</translation>
        </message>
        <message>
            <source>last day of the baseline period, YYYY-MM-DD</source>
            <translation>letzter Tag des Ausgangszeitraums, JJJJ-MM-TT</translation>
        </message>
        <message>
            <source>comma-separated: summary,calendar,effects,medications,notes,cards (default: all but notes and cards)</source>
            <translation>durch Kommas getrennt: summary,calendar,effects,medications,notes,cards (vorgegeben: alle außer notes und cards)</translation>
        </message>
        <message>
            <source>add the notes section</source>
            <translation>den Abschnitt mit den Notizen hinzufügen</translation>
        </message>
        <message>
            <source>your name, printed in the footer of every page</source>
            <translation>Ihr Name, erscheint in der Fußzeile jeder Seite</translation>
        </message>
        <message>
            <source>paper size (default: from the locale)</source>
            <translation>Papierformat (vorgegeben: aus den Ländereinstellungen)</translation>
        </message>
        <message>
            <source>the PDF file to write</source>
            <translation>die zu schreibende PDF-Datei</translation>
        </message>
        <message>
            <source>add a factor of your own (e.g. 'long drive')</source>
            <translation>einen eigenen Faktor hinzufügen (z. B. 'lange Autofahrt')</translation>
        </message>
        <message>
            <source>for --add: scale (0-10, the default) or yesno</source>
            <translation>für --add: scale (0-10, vorgegeben) oder yesno (ja/nein)</translation>
        </message>
        <message>
            <source>turn a factor on (built-ins are off until turned on)</source>
            <translation>einen Faktor einschalten (eingebaute sind aus, bis sie eingeschaltet werden)</translation>
        </message>
        <message>
            <source>turn a factor off (its values are kept)</source>
            <translation>einen Faktor ausschalten (seine Werte bleiben erhalten)</translation>
        </message>
        <message>
            <source>log a daily factor (0-10, or yes/no); replaces that day's value</source>
            <translation>einen täglichen Faktor eintragen (0-10 oder ja/nein); ersetzt den Wert dieses Tages</translation>
        </message>
        <message>
            <source>a factor's key or name (see 'backjournal factors')</source>
            <translation>Schlüssel oder Name eines Faktors (siehe 'backjournal factors')</translation>
        </message>
        <message>
            <source>0-10 for a scale factor, yes/no for a yes/no factor</source>
            <translation>0-10 für einen Skalenfaktor, yes/no für einen Ja/Nein-Faktor</translation>
        </message>
        <message>
            <source>the day, YYYY-MM-DD (default today; not in the future)</source>
            <translation>der Tag, JJJJ-MM-TT (vorgegeben: heute; nicht in der Zukunft)</translation>
        </message>
        <message>
            <source>2w, 30d, 90d, 1y (ending today) or all (default all); not with --from/--to</source>
            <translation>2w, 30d, 90d, 1y (bis heute) oder all (vorgegeben: all); nicht zusammen mit --from/--to</translation>
        </message>
        <message>
            <source>log a pain score (0-10)</source>
            <translation>einen Schmerzwert eintragen (0-10)</translation>
        </message>
        <message>
            <source>0 (no pain) to 10 (worst pain imaginable); may be left out when --where scores each region (then the highest region score)</source>
            <translation>0 (kein Schmerz) bis 10 (stärkster vorstellbarer Schmerz); kann fehlen, wenn --where jeder Region einen Wert gibt (dann gilt der höchste Regionswert)</translation>
        </message>
        <message>
            <source>when it was felt (ISO 8601); default now</source>
            <translation>wann er gespürt wurde (ISO 8601); vorgegeben: jetzt</translation>
        </message>
        <message>
            <source>body regions, comma-separated (default lower_back); REGION=SCORE gives each region its own 0-10 score, e.g. lower_back=6,leg_left=4</source>
            <translation>Körperregionen, durch Kommas getrennt (vorgegeben: lower_back); REGION=SCORE gibt jeder Region ihren eigenen Wert 0-10, z. B. lower_back=6,leg_left=4</translation>
        </message>
        <message>
            <source>pain qualities, comma-separated</source>
            <translation>Schmerzarten, durch Kommas getrennt</translation>
        </message>
        <message>
            <source>log a therapy session</source>
            <translation>eine Therapiesitzung eintragen</translation>
        </message>
        <message>
            <source>a therapy key (see 'backjournal therapies') or a user-defined name</source>
            <translation>ein Therapieschlüssel (siehe 'backjournal therapies') oder ein selbst festgelegter Name</translation>
        </message>
        <message>
            <source>when it started (ISO 8601); default now</source>
            <translation>wann sie begann (ISO 8601); vorgegeben: jetzt</translation>
        </message>
        <message>
            <source>duration in minutes, 0-{max}</source>
            <translation>Dauer in Minuten, 0-{max}</translation>
        </message>
        <message>
            <source>pain before, 0-10</source>
            <translation>Schmerz vorher, 0-10</translation>
        </message>
        <message>
            <source>pain after, 0-10</source>
            <translation>Schmerz nachher, 0-10</translation>
        </message>
        <message>
            <source>kind, intensity, temperature ...</source>
            <translation>Art, Stärke, Temperatur ...</translation>
        </message>
        <message>
            <source>dose as you would write it (e.g. '400 mg as needed'); kept as text when it does not read as amount + unit</source>
            <translation>Dosis, wie Sie sie schreiben würden (z. B. '400 mg bei Bedarf'); bleibt Text, wenn sie sich nicht als Menge + Einheit lesen lässt</translation>
        </message>
        <message>
            <source>who or where</source>
            <translation>wer oder wo</translation>
        </message>
        <message>
            <source>log a weekly PEG check-in (three 0-10 answers about the past week)</source>
            <translation>einen wöchentlichen PEG-Check-in eintragen (drei Antworten 0-10 zur vergangenen Woche)</translation>
        </message>
        <message>
            <source>average pain in the past week, 0-10</source>
            <translation>durchschnittlicher Schmerz in der vergangenen Woche, 0-10</translation>
        </message>
        <message>
            <source>how much pain interfered with enjoyment of life, 0-10</source>
            <translation>wie sehr der Schmerz die Lebensfreude beeinträchtigt hat, 0-10</translation>
        </message>
        <message>
            <source>how much pain interfered with general activity, 0-10</source>
            <translation>wie sehr der Schmerz die allgemeine Aktivität beeinträchtigt hat, 0-10</translation>
        </message>
        <message>
            <source>when answered (ISO 8601); default now</source>
            <translation>wann beantwortet (ISO 8601); vorgegeben: jetzt</translation>
        </message>
        <message>
            <source>add a therapy type of your own</source>
            <translation>eine eigene Therapieart hinzufügen</translation>
        </message>
        <message>
            <source>category of the type given with --add</source>
            <translation>Kategorie der mit --add angegebenen Art</translation>
        </message>
        <message>
            <source>record ids (see 'backjournal list')</source>
            <translation>IDs der Datensätze (siehe 'backjournal list')</translation>
        </message>
        <message>
            <source>add a medication by name (e.g. Ibuprofen)</source>
            <translation>ein Medikament mit Namen hinzufügen (z. B. Ibuprofen)</translation>
        </message>
        <message>
            <source>for --add: its class, one of {allowed} (links the class's reference card)</source>
            <translation>für --add: seine Klasse, eine von {allowed} (verknüpft die Infokarte der Klasse)</translation>
        </message>
        <message>
            <source>for 'medication': which one, by name (see 'backjournal medications')</source>
            <translation>für 'medication': welches, mit Namen (siehe 'backjournal medications')</translation>
        </message>
        <message>
            <source>dose amount as entered, e.g. 400 or 2.5</source>
            <translation>Dosismenge, wie eingetragen, z. B. 400 oder 2.5</translation>
        </message>
        <message>
            <source>dose unit: {units}</source>
            <translation>Dosiseinheit: {units}</translation>
        </message>
        <message>
            <source>taken as needed</source>
            <translation>bei Bedarf genommen</translation>
        </message>
        <message>
            <source>taken on a schedule</source>
            <translation>regelmäßig genommen</translation>
        </message>
        <message>
            <source>confirm: the records and their text are erased for good</source>
            <translation>bestätigen: die Datensätze und ihr Text werden endgültig gelöscht</translation>
        </message>
        <message>
            <source>only these therapies (keys or names, comma-separated)</source>
            <translation>nur diese Therapien (Schlüssel oder Namen, durch Kommas getrennt)</translation>
        </message>
        <message>
            <source>only pain entries naming one of these body regions (e.g. leg_left,leg_right)</source>
            <translation>nur Schmerzeinträge, die eine dieser Körperregionen nennen (z. B. leg_left,leg_right)</translation>
        </message>
        <message>
            <source>days in the rolling mean (default 7)</source>
            <translation>Tage im gleitenden Mittel (vorgegeben: 7)</translation>
        </message>
        <message>
            <source>days before/after a session compared (default 7)</source>
            <translation>verglichene Tage vor/nach einer Sitzung (vorgegeben: 7)</translation>
        </message>
        <message>
            <source>trend (pain and therapy lanes), calendar (heatmap) or therapy (effects)</source>
            <translation>trend (Schmerz und Therapiespuren), calendar (Kalender als Heatmap) oder therapy (Effekte)</translation>
        </message>
        <message>
            <source>FILE.png, FILE.svg or FILE.pdf</source>
            <translation>FILE.png, FILE.svg oder FILE.pdf</translation>
        </message>
        <message>
            <source>how many years of data, up to 30 (default 2)</source>
            <translation>wie viele Jahre Daten, bis zu 30 (vorgegeben: 2)</translation>
        </message>
        <message>
            <source>random seed, for the same data every time</source>
            <translation>Startwert für den Zufall, für jedes Mal dieselben Daten</translation>
        </message>
        <message>
            <source>mark a period</source>
            <translation>einen Zeitraum markieren</translation>
        </message>
        <message>
            <source>the name shown on the charts</source>
            <translation>der Name, der in den Diagrammen erscheint</translation>
        </message>
        <message>
            <source>the therapy it belongs to (gives it that colour)</source>
            <translation>die Therapie, zu der er gehört (gibt ihm deren Farbe)</translation>
        </message>
        <message>
            <source>list marked periods</source>
            <translation>markierte Zeiträume auflisten</translation>
        </message>
        <message>
            <source>remove the marked period with this uid (or its first characters, as 'period list' shows them)</source>
            <translation>den markierten Zeitraum mit dieser UID entfernen (oder ihren ersten Zeichen, wie 'period list' sie zeigt)</translation>
        </message>
        <message>
            <source>the period's uid (see 'backjournal period list')</source>
            <translation>die UID des Zeitraums (siehe 'backjournal period list')</translation>
        </message>
        <message>
            <source>start a personal trial agreed with your clinician</source>
            <translation>einen persönlichen Versuch beginnen, abgesprochen mit Ihrer Ärztin oder Ihrem Arzt</translation>
        </message>
        <message>
            <source>regimen A, e.g. 'ibuprofen 400 mg as needed'</source>
            <translation>Vorgehen A, z. B. 'Ibuprofen 400 mg bei Bedarf'</translation>
        </message>
        <message>
            <source>regimen B</source>
            <translation>Vorgehen B</translation>
        </message>
        <message>
            <source>pairs of periods ({min}-{max})</source>
            <translation>Paare von Abschnitten ({min}-{max})</translation>
        </message>
        <message>
            <source>days per period ({min}-{max}: 1-2 weeks)</source>
            <translation>Tage pro Abschnitt ({min}-{max}: 1-2 Wochen)</translation>
        </message>
        <message>
            <source>days at the start of each period left out of the analysis (default 0)</source>
            <translation>Tage am Beginn jedes Abschnitts, die in der Auswertung nicht zählen (Auswaschzeit, vorgegeben: 0)</translation>
        </message>
        <message>
            <source>random seed for the order in each pair (0-{max}; default: a new one, recorded)</source>
            <translation>Startwert für die Reihenfolge in jedem Paar (0-{max}; vorgegeben: ein neuer, der festgehalten wird)</translation>
        </message>
        <message>
            <source>first day, YYYY-MM-DD (default today)</source>
            <translation>erster Tag, JJJJ-MM-TT (vorgegeben: heute)</translation>
        </message>
        <message>
            <source>the schedule and the result of a trial (default the latest)</source>
            <translation>Plan und Ergebnis eines Versuchs (vorgegeben: der neueste)</translation>
        </message>
        <message>
            <source>the trial (default the latest)</source>
            <translation>der Versuch (vorgegeben: der neueste)</translation>
        </message>
        <message>
            <source>also write the one-page PDF for your physician</source>
            <translation>auch die einseitige PDF-Datei für Ihre Ärztin oder Ihren Arzt schreiben</translation>
        </message>
        <message>
            <source>note side effects for one period of the trial</source>
            <translation>Nebenwirkungen für einen Abschnitt des Versuchs notieren</translation>
        </message>
        <message>
            <source>the period's number (as 'trial show' lists it)</source>
            <translation>die Nummer des Abschnitts (wie 'trial show' sie auflistet)</translation>
        </message>
        <message>
            <source>what you noticed ('' clears it)</source>
            <translation>was Sie bemerkt haben ('' löscht es)</translation>
        </message>
        <message>
            <source>stop a trial early (its result uses the days up to then)</source>
            <translation>einen Versuch vorzeitig beenden (sein Ergebnis nutzt die Tage bis dahin)</translation>
        </message>
        <message>
            <source>its last day (default today)</source>
            <translation>sein letzter Tag (vorgegeben: heute)</translation>
        </message>
    </context>
    <context>
        <name>CourseActions</name>
        <message>
            <source>Courses</source>
            <translation>Kurse</translation>
        </message>
        <message>
            <source>Therapy courses: how often you went, and your pain against your own baseline</source>
            <translation>Therapiekurse: wie oft Sie hingegangen sind, und Ihr Schmerz im Vergleich zu Ihrem eigenen Ausgangswert</translation>
        </message>
        <message>
            <source>Start a course…</source>
            <translation>Kurs beginnen…</translation>
        </message>
        <message>
            <source>Courses…</source>
            <translation>Kurse…</translation>
        </message>
        <message>
            <source>Personal trial</source>
            <translation>Persönlicher Versuch</translation>
        </message>
        <message>
            <source>Start a personal trial…</source>
            <translation>Persönlichen Versuch beginnen…</translation>
        </message>
        <message>
            <source>Personal trial result…</source>
            <translation>Ergebnis des persönlichen Versuchs…</translation>
        </message>
        <message>
            <source>No therapy course in this period. Courses ▾ &gt; Start a course… plans one (also from a marked period).</source>
            <translation>Kein Therapiekurs in diesem Zeitraum. Kurse ▾ &gt; Kurs beginnen… plant einen (auch aus einem markierten Zeitraum).</translation>
        </message>
        <message>
            <source> of {sessions_planned:.0f} planned</source>
            <translation> von {sessions_planned:.0f} geplanten</translation>
        </message>
        <message>
            <source> (running)</source>
            <translation> (läuft)</translation>
        </message>
        <message>
            <source>{therapy_name}, {date_text} – {date_text2}{status}: {sessions_done} sessions{planned}.</source>
            <translation>{therapy_name}, {date_text} – {date_text2}{status}: {sessions_done} Sitzungen{planned}.</translation>
        </message>
        <message>
            <source>Caution: {c}</source>
            <translation>Vorsicht: {c}</translation>
        </message>
        <message>
            <source>Your impression of change: {pgic_text}.</source>
            <translation>Ihr Eindruck der Veränderung: {pgic_text}.</translation>
        </message>
        <message>
            <source>Started the {name} course from {start}. Undo with Ctrl+Z.</source>
            <translation>Kurs {name} ab {start} begonnen. Rückgängig mit Strg+Z.</translation>
        </message>
        <message>
            <source>Ended the course on {on} ({label}). Undo with Ctrl+Z.</source>
            <translation>Kurs am {on} beendet ({label}). Rückgängig mit Strg+Z.</translation>
        </message>
        <message>
            <source>Deleted the course. Undo with Ctrl+Z.</source>
            <translation>Kurs gelöscht. Rückgängig mit Strg+Z.</translation>
        </message>
        <message>
            <source>Started the personal trial of {regimen_a} (A) and {regimen_b} (B) from {start} to {planned_end}. Undo with Ctrl+Z.</source>
            <translation>Persönlichen Versuch von {regimen_a} (A) und {regimen_b} (B) vom {start} bis {planned_end} begonnen. Rückgängig mit Strg+Z.</translation>
        </message>
        <message>
            <source>Stopped the personal trial; its last day is {min}. Undo with Ctrl+Z.</source>
            <translation>Persönlichen Versuch beendet; sein letzter Tag ist der {min}. Rückgängig mit Strg+Z.</translation>
        </message>
        <message>
            <source>Writing the page for your physician…</source>
            <translation>Die Seite für Ihre Ärztin oder Ihren Arzt wird geschrieben…</translation>
        </message>
        <message>
            <source>personal trial page</source>
            <translation>Seite zum persönlichen Versuch</translation>
        </message>
        <message>
            <source>Saved the personal trial page as {written}</source>
            <translation>Seite zum persönlichen Versuch gespeichert als {written}</translation>
        </message>
    </context>
    <context>
        <name>CourseCmds</name>
        <message>
            <source>No courses yet: this journal has not been started ('backjournal course add' starts one).</source>
            <translation>Noch keine Kurse: In diesem Tagebuch wurde noch keiner begonnen ('backjournal course add' beginnt einen).</translation>
        </message>
        <message>
            <source>a whole number from 1 to {SESSIONS_MAX}</source>
            <translation>eine ganze Zahl von 1 bis {SESSIONS_MAX}</translation>
        </message>
        <message>
            <source>a whole number from 1 to {PER_WEEK_MAX}</source>
            <translation>eine ganze Zahl von 1 bis {PER_WEEK_MAX}</translation>
        </message>
        <message>
            <source>a whole number of days from {BASELINE_DAYS_MIN} to {BASELINE_DAYS_MAX}</source>
            <translation>eine ganze Zahl von Tagen von {BASELINE_DAYS_MIN} bis {BASELINE_DAYS_MAX}</translation>
        </message>
        <message>
            <source>course {id}: {get} from {start} ({describe_plan})</source>
            <translation>Kurs {id}: {get} ab {start} ({describe_plan})</translation>
        </message>
        <message>
            <source>No courses.</source>
            <translation>Keine Kurse.</translation>
        </message>
        <message>
            <source>ended {on} ({value})</source>
            <translation>beendet am {on} ({value})</translation>
        </message>
        <message>
            <source>running or planned</source>
            <translation>läuft oder geplant</translation>
        </message>
        <message>
            <source> of {sessions_planned:.0f} planned</source>
            <translation> von {sessions_planned:.0f} geplanten</translation>
        </message>
        <message>
            <source>Course {id}: {therapy_name}, {first} – {last}</source>
            <translation>Kurs {id}: {therapy_name}, {first} – {last}</translation>
        </message>
        <message>
            <source> (running)</source>
            <translation> (läuft)</translation>
        </message>
        <message>
            <source>Plan: {describe_plan}</source>
            <translation>Plan: {describe_plan}</translation>
        </message>
        <message>
            <source>; goal: {goal}</source>
            <translation>; Ziel: {goal}</translation>
        </message>
        <message>
            <source>; provider: {provider}</source>
            <translation>; Behandler: {provider}</translation>
        </message>
        <message>
            <source>Sessions: {sessions_done}{planned}</source>
            <translation>Sitzungen: {sessions_done}{planned}</translation>
        </message>
        <message>
            <source> of {planned:.1f}</source>
            <translation> von {planned:.1f}</translation>
        </message>
        <message>
            <source>  week of {start}: {done}{plan}</source>
            <translation>  Woche ab {start}: {done}{plan}</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Ausgangswert</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Danach</translation>
        </message>
        <message>
            <source>{label} ({start} – {end}): mean {fmt_mean}, {days} days with data</source>
            <translation>{label} ({start} – {end}): Mittel {fmt_mean}, {days} Tage mit Daten</translation>
        </message>
        <message>
            <source>Caution: {caution}</source>
            <translation>Vorsicht: {caution}</translation>
        </message>
        <message>
            <source>Ended {on}: {label}</source>
            <translation>Beendet am {on}: {label}</translation>
        </message>
        <message>
            <source>course {id} ended on {on} ({value}</source>
            <translation>Kurs {id} beendet am {on} ({value}</translation>
        </message>
    </context>
    <context>
        <name>CourseDialogs</name>
        <message>
            <source>— none —</source>
            <translation>— keiner —</translation>
        </message>
        <message>
            <source>Therapy</source>
            <translation>Therapie</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sitzungen</translation>
        </message>
        <message>
            <source>Pain: end vs baseline</source>
            <translation>Schmerz: Ende gegenüber Ausgangswert</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <source>no comparison</source>
            <translation>kein Vergleich</translation>
        </message>
        <message>
            <source>running</source>
            <translation>läuft</translation>
        </message>
    </context>
    <context>
        <name>CourseEvaluation</name>
        <message>
            <source>the baseline</source>
            <extracomment>a course ended at least this many days before its planned last day is named as ended early</extracomment>
            <translation>dem Ausgangszeitraum</translation>
        </message>
        <message>
            <source>the end of the course</source>
            <translation>dem Ende des Kurses</translation>
        </message>
        <message>
            <source>No comparison: no pain entries in {missing}.</source>
            <translation>Kein Vergleich: keine Schmerzeinträge in {missing}.</translation>
        </message>
        <message>
            <source>the last 14 days so far</source>
            <translation>den bisher letzten 14 Tagen</translation>
        </message>
        <message>
            <source>the last {end_length} days of the course</source>
            <translation>den letzten {end_length} Tagen des Kurses</translation>
        </message>
        <message>
            <source>Mean daily pain in {end_words} against the {baseline_days} days before it: {arithmetic}.</source>
            <translation>Mittlerer täglicher Schmerz in {end_words} gegenüber den {baseline_days} Tagen davor: {arithmetic}.</translation>
        </message>
    </context>
    <context>
        <name>CoursePages</name>
        <message>
            <source> (still running)</source>
            <translation> (läuft noch)</translation>
        </message>
        <message>
            <source>Therapy course: {therapy_name}, {day} – {day2}{status}</source>
            <translation>Therapiekurs: {therapy_name}, {day} – {day2}{status}</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source> · provider: {provider}</source>
            <translation> · Behandler: {provider}</translation>
        </message>
        <message>
            <source>Goal (the person's words)</source>
            <translation>Ziel (in den Worten der Person)</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sitzungen</translation>
        </message>
        <message>
            <source>{sessions_done} of {sessions_planned:.0f} planned ({share:.0f} %)</source>
            <translation>{sessions_done} von {sessions_planned:.0f} geplanten ({share:.0f} %)</translation>
        </message>
        <message>
            <source>{sessions_done} (no number planned)</source>
            <translation>{sessions_done} (keine Anzahl geplant)</translation>
        </message>
        <message>
            <source>Pain: end vs baseline</source>
            <translation>Schmerz: Ende gegenüber Ausgangswert</translation>
        </message>
        <message>
            <source>Clinically important change</source>
            <translation>Klinisch bedeutsame Veränderung</translation>
        </message>
        <message>
            <source>a worsening: pain rose by {THRESHOLD_TEXT}</source>
            <translation>eine Verschlechterung: Der Schmerz stieg um {THRESHOLD_TEXT}</translation>
        </message>
        <message>
            <source>none: pain did not fall (a rise below {THRESHOLD_TEXT})</source>
            <translation>keine: Der Schmerz ging nicht zurück (ein Anstieg unter {THRESHOLD_TEXT})</translation>
        </message>
        <message>
            <source>none: pain did not fall</source>
            <translation>keine: Der Schmerz ging nicht zurück</translation>
        </message>
        <message>
            <source>≥ 2 points: {value}; ≥ 30 %: {value2}</source>
            <translation>≥ 2 Punkte: {value}; ≥ 30 %: {value2}</translation>
        </message>
        <message>
            <source> (by IMMPACT's words a {immpact} improvement)</source>
            <translation> (nach den Begriffen von IMMPACT eine {immpact} Besserung)</translation>
        </message>
        <message>
            <source>Clinically important fall</source>
            <translation>Klinisch bedeutsamer Rückgang</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <source>Impression of change (PGIC)</source>
            <translation>Eindruck der Veränderung (PGIC)</translation>
        </message>
        <message>
            <source>Baseline (before)</source>
            <translation>Ausgangswert (vorher)</translation>
        </message>
        <message>
            <source>End of the course</source>
            <translation>Ende des Kurses</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Danach</translation>
        </message>
        <message>
            <source> (few)</source>
            <translation> (wenige)</translation>
        </message>
        <message>
            <source>Mean daily pain in each window</source>
            <translation>Mittlerer täglicher Schmerz in jedem Fenster</translation>
        </message>
        <message>
            <source>Window</source>
            <translation>Fenster</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>Mean of daily means</source>
            <translation>Mittel der Tagesmittel</translation>
        </message>
        <message>
            <source>Days with data</source>
            <translation>Tage mit Daten</translation>
        </message>
        <message>
            <source>Sessions by week</source>
            <translation>Sitzungen nach Woche</translation>
        </message>
        <message>
            <source>Week of</source>
            <translation>Woche ab</translation>
        </message>
        <message>
            <source>Course days</source>
            <translation>Kurstage</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <source>Weekly PEG (mean of pain, enjoyment of life and general activity in the past week, 0–10): </source>
            <translation>Wöchentlicher PEG (Mittel aus Schmerz, Lebensfreude und allgemeiner Aktivität in der vergangenen Woche, 0–10): </translation>
        </message>
        <message>
            <source>Caution: {caution}</source>
            <translation>Vorsicht: {caution}</translation>
        </message>
        <message>
            <source>PGIC question: "{PGIC_QUESTION}" (1 very much improved … 7 very much worse).</source>
            <translation>PGIC-Frage: „{PGIC_QUESTION}“ (1 sehr viel besser … 7 sehr viel schlechter).</translation>
        </message>
        <message>
            <source>Baseline = the days before the course's first day; end = its last 14 days; after = the 14 days after its last day. Means are means of daily means. These are the person's own numbers over time: they show what went with the course, not what the course did.</source>
            <translation>Ausgangswert = die Tage vor dem ersten Tag des Kurses; Ende = seine letzten 14 Tage; danach = die 14 Tage nach seinem letzten Tag. Mittelwerte sind Mittel der Tagesmittel. Das sind die eigenen Zahlen der Person über die Zeit: Sie zeigen, was mit dem Kurs einherging, nicht, was der Kurs bewirkt hat.</translation>
        </message>
    </context>
    <context>
        <name>Courses</name>
        <message>
            <source>{therapy_name} course</source>
            <translation>Kurs {therapy_name}</translation>
        </message>
        <message>
            <source>Daily pain (mean of the day)</source>
            <translation>Täglicher Schmerz (Mittel des Tages)</translation>
        </message>
        <message>
            <source>Mean of a window</source>
            <translation>Mittel eines Fensters</translation>
        </message>
        <message>
            <source>Weekly PEG (0–10)</source>
            <translation>Wöchentlicher PEG (0–10)</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sitzung</translation>
        </message>
        <message>
            <source>Pain (0–10)</source>
            <translation>Schmerz (0–10)</translation>
        </message>
        <message>
            <source>The course is still running: 'end' is its last 14 days so far, and 'after' comes once it ends.</source>
            <translation>Der Kurs läuft noch: „Ende“ sind seine bisher letzten 14 Tage, und „danach“ kommt, sobald er endet.</translation>
        </message>
        <message>
            <source>The course lasted {value} days, fewer than 14: 'end' is the whole course.</source>
            <translation>Der Kurs dauerte {value} Tage, weniger als 14: „Ende“ ist der ganze Kurs.</translation>
        </message>
        <message>
            <source>the baseline</source>
            <translation>dem Ausgangszeitraum</translation>
        </message>
        <message>
            <source>the end of the course</source>
            <translation>dem Ende des Kurses</translation>
        </message>
        <message>
            <source>the 14 days after</source>
            <translation>den 14 Tagen danach</translation>
        </message>
        <message>
            <source>Only {value} of the 14 days after the course have passed.</source>
            <translation>Erst {value} der 14 Tage nach dem Kurs sind vergangen.</translation>
        </message>
        <message>
            <source>A course of {get} ({isoformat} – {isoformat2}) overlapped this course or its comparison windows: a change went with both, not with one therapy alone.</source>
            <translation>Ein Kurs {get} ({isoformat} – {isoformat2}) überschnitt sich mit diesem Kurs oder seinen Vergleichsfenstern: Eine Veränderung ging mit beiden einher, nicht mit einer Therapie allein.</translation>
        </message>
        <message>
            <source>Ended early, on {isoformat} (planned until {isoformat2}).</source>
            <translation>Vorzeitig beendet am {isoformat} (geplant bis {isoformat2}).</translation>
        </message>
        <message numerus="yes">
            <source>Only %n days with pain entries in {label} ({isoformat} – {isoformat2}), fewer than {MIN_WINDOW_DAYS}: its mean may not be typical.</source>
            <translation>
                <numerusform>Nur %n Tag mit Schmerzeinträgen in {label} ({isoformat} – {isoformat2}), weniger als {MIN_WINDOW_DAYS}: Sein Mittel ist vielleicht nicht typisch.</numerusform>
                <numerusform>Nur %n Tage mit Schmerzeinträgen in {label} ({isoformat} – {isoformat2}), weniger als {MIN_WINDOW_DAYS}: Ihr Mittel ist vielleicht nicht typisch.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CoursesDialog</name>
        <message>
            <source>Therapy courses</source>
            <translation>Therapiekurse</translation>
        </message>
        <message>
            <source>&amp;Start a course…</source>
            <translation>Kurs &amp;beginnen…</translation>
        </message>
        <message>
            <source>&amp;End course…</source>
            <translation>Kurs b&amp;eenden…</translation>
        </message>
        <message>
            <source>Show on &amp;chart</source>
            <translation>Im &amp;Diagramm zeigen</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Ending or deleting a course can be undone with Ctrl+Z.</source>
            <translation>Das Beenden oder Löschen eines Kurses lässt sich mit Strg+Z rückgängig machen.</translation>
        </message>
        <message>
            <source>No courses yet. Start one to see your sessions and your pain against your own baseline.</source>
            <translation>Noch keine Kurse. Beginnen Sie einen, um Ihre Sitzungen und Ihren Schmerz im Vergleich zu Ihrem eigenen Ausgangswert zu sehen.</translation>
        </message>
    </context>
    <context>
        <name>CryptoCmds</name>
        <message>
            <source>a readable UTF-8 text file whose first line is the passphrase</source>
            <translation>eine lesbare UTF-8-Textdatei, deren erste Zeile die Passphrase ist</translation>
        </message>
        <message>
            <source>New passphrase: </source>
            <translation>Neue Passphrase: </translation>
        </message>
        <message>
            <source>{verb} {journal}; {len} backup(s) converted too.</source>
            <translation>{verb} {journal}; {len} Sicherung(en) ebenfalls umgewandelt.</translation>
        </message>
        <message>
            <source>warning: {skipped} uses another passphrase and was left as it is.</source>
            <translation>Warnung: {skipped} verwendet eine andere Passphrase und blieb, wie sie ist.</translation>
        </message>
        <message>
            <source>Encrypted</source>
            <translation>Verschlüsselt:</translation>
        </message>
        <message>
            <source>Keep the passphrase safe: without it the journal cannot be opened by anyone, including you.</source>
            <translation>Bewahren Sie die Passphrase sicher auf: Ohne sie kann niemand das Tagebuch öffnen, auch Sie nicht.</translation>
        </message>
        <message>
            <source>Changed the passphrase of</source>
            <translation>Passphrase geändert für</translation>
        </message>
        <message>
            <source>Decrypted</source>
            <translation>Entschlüsselt:</translation>
        </message>
    </context>
    <context>
        <name>DamagedJournalDialog</name>
        <message>
            <source>Your journal is damaged</source>
            <translation>Ihr Tagebuch ist beschädigt</translation>
        </message>
        <message>
            <source>BackJournal checks the journal before opening it, and this one failed the check:
{journal_path}

Nothing was written to it. BackJournal does not open a damaged journal, so that the damage cannot spread to what is still readable.</source>
            <translation>BackJournal prüft das Tagebuch vor dem Öffnen, und dieses hat die Prüfung nicht bestanden:
{journal_path}

Es wurde nichts hineingeschrieben. BackJournal öffnet kein beschädigtes Tagebuch, damit sich der Schaden nicht auf das ausbreitet, was noch lesbar ist.</translation>
        </message>
        <message>
            <source>The newest good backup was made {when_text} ({human_size}). Restoring it puts it in place of the journal; entries made after it are not in it. The damaged file is kept beside it, unchanged, as {name}.damaged-…</source>
            <translation>Die neueste gute Sicherung wurde {when_text} erstellt ({human_size}). Beim Wiederherstellen tritt sie an die Stelle des Tagebuchs; Einträge, die danach gemacht wurden, sind nicht darin. Die beschädigte Datei bleibt unverändert daneben liegen, als {name}.damaged-…</translation>
        </message>
        <message>
            <source>No good backup was found in {folder}. If you saved one elsewhere, choose it.</source>
            <translation>In {folder} wurde keine gute Sicherung gefunden. Wenn Sie anderswo eine gespeichert haben, wählen Sie sie.</translation>
        </message>
        <message>
            <source>&amp;Restore newest backup</source>
            <translation>Neueste Sicherung &amp;wiederherstellen</translation>
        </message>
        <message>
            <source>Choose a backup &amp;file…</source>
            <translation>Sicherungs&amp;datei wählen…</translation>
        </message>
        <message>
            <source>This file cannot be restored</source>
            <translation>Diese Datei kann nicht wiederhergestellt werden</translation>
        </message>
        <message>
            <source>Nothing was changed. Choose another backup.</source>
            <translation>Es wurde nichts verändert. Wählen Sie eine andere Sicherung.</translation>
        </message>
    </context>
    <context>
        <name>Domain</name>
        <message>
            <source>automatic</source>
            <translation>automatisch</translation>
        </message>
        <message>
            <source>made by you</source>
            <translation>von Ihnen erstellt</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>vor einer Aktualisierung</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>vor einer Wiederherstellung</translation>
        </message>
        <message>
            <source>It helped (goal reached)</source>
            <extracomment>the end window (last days of the course) and the after window (days after it ended)</extracomment>
            <translation>Es hat geholfen (Ziel erreicht)</translation>
        </message>
        <message>
            <source>No change</source>
            <translation>Keine Veränderung</translation>
        </message>
        <message>
            <source>Side effects</source>
            <translation>Nebenwirkungen</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <source>NSAID (anti-inflammatory)</source>
            <translation>NSAR (entzündungshemmend)</translation>
        </message>
        <message>
            <source>Muscle relaxant</source>
            <translation>Muskelrelaxans</translation>
        </message>
        <message>
            <source>Opioid</source>
            <translation>Opioid</translation>
        </message>
        <message>
            <source>Paracetamol (acetaminophen)</source>
            <translation>Paracetamol</translation>
        </message>
        <message>
            <source>Kratom</source>
            <translation>Kratom</translation>
        </message>
        <message>
            <source>No pain</source>
            <extracomment>Anchor words of the 0-10 numeric rating scale (Farrar 2001).</extracomment>
            <translation>Kein Schmerz</translation>
        </message>
        <message>
            <source>Worst pain imaginable</source>
            <translation>Stärkster vorstellbarer Schmerz</translation>
        </message>
        <message>
            <source>Lower back</source>
            <translation>Unterer Rücken</translation>
        </message>
        <message>
            <source>Upper back</source>
            <translation>Oberer Rücken</translation>
        </message>
        <message>
            <source>Neck</source>
            <translation>Nacken</translation>
        </message>
        <message>
            <source>Buttock/hip (left)</source>
            <translation>Gesäß/Hüfte (links)</translation>
        </message>
        <message>
            <source>Buttock/hip (right)</source>
            <translation>Gesäß/Hüfte (rechts)</translation>
        </message>
        <message>
            <source>Leg (left)</source>
            <translation>Bein (links)</translation>
        </message>
        <message>
            <source>Leg (right)</source>
            <translation>Bein (rechts)</translation>
        </message>
        <message>
            <source>Aching</source>
            <translation>Dumpf</translation>
        </message>
        <message>
            <source>Sharp</source>
            <translation>Scharf</translation>
        </message>
        <message>
            <source>Burning</source>
            <translation>Brennend</translation>
        </message>
        <message>
            <source>Stabbing</source>
            <translation>Stechend</translation>
        </message>
        <message>
            <source>Throbbing</source>
            <translation>Pochend</translation>
        </message>
        <message>
            <source>Shooting</source>
            <translation>Einschießend</translation>
        </message>
        <message>
            <source>Stiffness</source>
            <translation>Steifheit</translation>
        </message>
        <message>
            <source>yes/no</source>
            <translation>ja/nein</translation>
        </message>
    </context>
    <context>
        <name>Effects</name>
        <message>
            <source>Hollow circle: before; filled: after. Thresholds (a fall of ≥ 2 points or ≥ 30 %) are used only for the change over days, not for right before → right after a session. These numbers describe what happened around sessions, not why: other treatments and the natural course of back pain change them too.</source>
            <extracomment>one line of 8 pt row text (matplotlib's line spacing 1.2) and the room kept around it, in inches</extracomment>
            <translation>Hohler Kreis: vorher; gefüllt: nachher. Schwellen (ein Rückgang um ≥ 2 Punkte oder ≥ 30 %) gelten nur für die Veränderung über Tage, nicht für direkt vor → direkt nach einer Sitzung. Diese Zahlen beschreiben, was rund um die Sitzungen geschah, nicht warum: Andere Behandlungen und der natürliche Verlauf von Rückenschmerzen verändern sie ebenfalls.</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>keine Daten</translation>
        </message>
        <message>
            <source>n = {n}: too few to mean anything (need {least})</source>
            <translation>n = {n}: zu wenige, um etwas zu bedeuten (nötig: {least})</translation>
        </message>
        <message>
            <source>Right before → right after a session</source>
            <translation>Direkt vor → direkt nach einer Sitzung</translation>
        </message>
        <message>
            <source>{window} days before → {window} days after (daily mean)</source>
            <translation>{window} Tage vorher → {window} Tage nachher (Tagesmittel)</translation>
        </message>
        <message>
            <source>Pain (0–10)</source>
            <translation>Schmerz (0–10)</translation>
        </message>
        <message>
            <source>No therapy sessions in this period</source>
            <translation>Keine Therapiesitzungen in diesem Zeitraum</translation>
        </message>
        <message>
            <source>sessions with pain scores; (n) = sessions in the period</source>
            <translation>Sitzungen mit Schmerzwerten; (n) = Sitzungen im Zeitraum</translation>
        </message>
        <message>
            <source>No {what}.</source>
            <translation>Keine {what}.</translation>
        </message>
        <message>
            <source>Too few to mean anything: {n} {what} (at least {MIN_SESSIONS} are needed).</source>
            <translation>Zu wenige, um etwas zu bedeuten: {n} {what} (mindestens {MIN_SESSIONS} sind nötig).</translation>
        </message>
        <message>
            <source>{lead} on average {direction} ({before:.1f} → {after:.1f}, n = {n}</source>
            <translation>{lead} im Mittel {direction} ({before:.1f} → {after:.1f}, n = {n}</translation>
        </message>
    </context>
    <context>
        <name>EffectsPage</name>
        <message>
            <source>{name}: {n} sessions with a score before and after, {n2} with entries in the {window_days} days around them. Click to see its numbers beside the chart.</source>
            <extracomment>rebuild when the width changed by more than this fraction since the figure was built narrower pages still get a figure built for their width (its texts are fitted to it), down to this the theme's chart colours (charts.palette) and the first day of the week, from Preferences</extracomment>
            <translation>{name}: {n} Sitzungen mit einem Wert vorher und nachher, {n2} mit Einträgen in den {window_days} Tagen um sie herum. Klicken Sie, um ihre Zahlen neben dem Diagramm zu sehen.</translation>
        </message>
    </context>
    <context>
        <name>EncryptJournalDialog</name>
        <message>
            <source>Encrypt this journal</source>
            <translation>Dieses Tagebuch verschlüsseln</translation>
        </message>
        <message>
            <source>The journal and all its backups will be stored encrypted (SQLCipher, AES-256). BackJournal will ask for the passphrase every time it opens the journal.</source>
            <translation>Das Tagebuch und alle seine Sicherungen werden verschlüsselt gespeichert (SQLCipher, AES-256). BackJournal fragt bei jedem Öffnen des Tagebuchs nach der Passphrase.</translation>
        </message>
        <message>
            <source>I understand: a lost passphrase means a lost journal</source>
            <translation>Ich habe verstanden: Eine verlorene Passphrase bedeutet ein verlorenes Tagebuch</translation>
        </message>
        <message>
            <source>Exports and reports you make for your physician are not encrypted. Encryption does not protect against someone using your unlocked computer.</source>
            <translation>Exporte und Berichte, die Sie für Ihre Ärztin oder Ihren Arzt erstellen, werden nicht verschlüsselt. Verschlüsselung schützt nicht davor, dass jemand Ihren entsperrten Computer benutzt.</translation>
        </message>
    </context>
    <context>
        <name>EncryptionDialogs</name>
        <message>
            <source>If you lose this passphrase, your journal is lost. Nobody can open it or recover it without the passphrase: not you, not the BackJournal developers. Write it down and keep it somewhere safe.</source>
            <translation>Wenn Sie diese Passphrase verlieren, ist Ihr Tagebuch verloren. Niemand kann es ohne die Passphrase öffnen oder wiederherstellen: weder Sie noch die Entwickler von BackJournal. Schreiben Sie sie auf und bewahren Sie sie an einem sicheren Ort auf.</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Use a weak passphrase?</source>
            <translation>Eine schwache Passphrase verwenden?</translation>
        </message>
        <message>
            <source>Someone who gets a copy of the journal file could guess it. A longer passphrase of a few unrelated words is both safer and easy to remember.</source>
            <translation>Wer eine Kopie der Tagebuchdatei bekommt, könnte sie erraten. Eine längere Passphrase aus einigen zusammenhanglosen Wörtern ist sicherer und leicht zu merken.</translation>
        </message>
        <message>
            <source>Use it anyway</source>
            <translation>Trotzdem verwenden</translation>
        </message>
        <message>
            <source>Choose another</source>
            <translation>Eine andere wählen</translation>
        </message>
        <message>
            <source>Encrypt</source>
            <translation>Verschlüsseln</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Passphrase ändern</translation>
        </message>
        <message>
            <source>Remove encryption</source>
            <translation>Verschlüsselung entfernen</translation>
        </message>
        <message>
            <source>no backups to convert</source>
            <translation>keine Sicherungen umzuwandeln</translation>
        </message>
        <message numerus="yes">
            <source>%n backups converted too</source>
            <translation>
                <numerusform>%n Sicherung ebenfalls umgewandelt</numerusform>
                <numerusform>%n Sicherungen ebenfalls umgewandelt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EncryptionMenu</name>
        <message>
            <source>En&amp;cryption</source>
            <translation>&amp;Verschlüsselung</translation>
        </message>
        <message>
            <source>&amp;Encrypt this journal…</source>
            <translation>Dieses Tagebuch &amp;verschlüsseln…</translation>
        </message>
        <message>
            <source>Store the journal and its backups encrypted with a passphrase</source>
            <translation>Das Tagebuch und seine Sicherungen mit einer Passphrase verschlüsselt speichern</translation>
        </message>
        <message>
            <source>&amp;Change passphrase…</source>
            <translation>Passphrase ä&amp;ndern…</translation>
        </message>
        <message>
            <source>&amp;Remove encryption…</source>
            <translation>Verschlüsselung &amp;entfernen…</translation>
        </message>
        <message>
            <source>The journal is encrypted ({backups_text}). Keep the passphrase safe.</source>
            <translation>Das Tagebuch ist verschlüsselt ({backups_text}). Bewahren Sie die Passphrase sicher auf.</translation>
        </message>
        <message>
            <source>Changed the passphrase ({backups_text}).</source>
            <translation>Passphrase geändert ({backups_text}).</translation>
        </message>
        <message>
            <source>The journal is no longer encrypted ({backups_text}).</source>
            <translation>Das Tagebuch ist nicht mehr verschlüsselt ({backups_text}).</translation>
        </message>
        <message>
            <source>Converting the journal…</source>
            <translation>Das Tagebuch wird umgewandelt…</translation>
        </message>
        <message>
            <source>Some backups were left as they are</source>
            <translation>Einige Sicherungen blieben unverändert</translation>
        </message>
        <message>
            <source>{len} backup(s) use another passphrase and were not converted: </source>
            <translation>{len} Sicherung(en) verwenden eine andere Passphrase und wurden nicht umgewandelt: </translation>
        </message>
        <message>
            <source>They still open with the passphrase they were made with.</source>
            <translation>Sie öffnen sich weiterhin mit der Passphrase, mit der sie erstellt wurden.</translation>
        </message>
    </context>
    <context>
        <name>EndCourseDialog</name>
        <message>
            <source>End the course</source>
            <translation>Kurs beenden</translation>
        </message>
        <message>
            <source>{therapy_name} course from {date_text}. Ending it keeps why, and how you feel things changed, beside its numbers.</source>
            <translation>Kurs {therapy_name} ab {date_text}. Beim Beenden bleiben der Grund und Ihr Eindruck der Veränderung neben seinen Zahlen erhalten.</translation>
        </message>
        <message>
            <source>Last day of the course</source>
            <translation>Letzter Tag des Kurses</translation>
        </message>
        <message>
            <source>Why it ended</source>
            <translation>Warum er endete</translation>
        </message>
        <message>
            <source>{words} ({value} of 7)</source>
            <translation>{words} ({value} von 7)</translation>
        </message>
        <message>
            <source>I'd rather not say</source>
            <translation>Ich möchte das lieber nicht sagen</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>&amp;Last day</source>
            <translation>&amp;Letzter Tag</translation>
        </message>
        <message>
            <source>&amp;Why it ended</source>
            <translation>&amp;Warum er endete</translation>
        </message>
        <message>
            <source>Impression of change</source>
            <translation>Eindruck der Veränderung</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Notiz</translation>
        </message>
        <message>
            <source>End course</source>
            <translation>Kurs beenden</translation>
        </message>
        <message>
            <source>The last day is before the course's first day ({date_text}).</source>
            <translation>Der letzte Tag liegt vor dem ersten Tag des Kurses ({date_text}).</translation>
        </message>
        <message>
            <source>{upper}{problem}. Allowed: {allowed}.</source>
            <translation>{upper}{problem}. Erlaubt: {allowed}.</translation>
        </message>
    </context>
    <context>
        <name>EntryDialog</name>
        <message>
            <source>Edit pain entry</source>
            <translation>Schmerzeintrag bearbeiten</translation>
        </message>
        <message>
            <source>Edit therapy session</source>
            <translation>Therapiesitzung bearbeiten</translation>
        </message>
        <message>
            <source>Edit PEG check-in</source>
            <translation>PEG-Abfrage bearbeiten</translation>
        </message>
        <message>
            <source>Logged {moment_text}; last changed {moment_text2}.</source>
            <translation>Eingetragen {moment_text}; zuletzt geändert {moment_text2}.</translation>
        </message>
        <message>
            <source>  Back-dated: logged later than the moment it describes.</source>
            <translation>  Nachgetragen: später eingetragen als der Zeitpunkt, den er beschreibt.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Cannot do that</source>
            <translation>Das geht nicht</translation>
        </message>
        <message>
            <source>The journal could not be used</source>
            <translation>Das Tagebuch konnte nicht verwendet werden</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Unerwarteter Fehler</translation>
        </message>
        <message>
            <source>Something went wrong inside BackJournal. What you had already saved is safe.</source>
            <translation>In BackJournal ist etwas schiefgegangen. Was Sie bereits gespeichert hatten, ist sicher.</translation>
        </message>
        <message>
            <source>BackJournal {version} on {platform}, Python {python_version}.
Details were written to the log ({log_path_hint}). Nothing was sent anywhere.</source>
            <translation>BackJournal {version} auf {platform}, Python {python_version}.
Einzelheiten stehen im Protokoll ({log_path_hint}). Es wurde nichts versendet.</translation>
        </message>
        <message>
            <source>{value} is not allowed</source>
            <extracomment>``field`` as given (code compares it), and as people read it (marked descriptions translated)</extracomment>
            <translation>{value} ist nicht erlaubt</translation>
        </message>
        <message>
            <source>{field}: {problem}; allowed: {allowed}</source>
            <translation>{field}: {problem}; erlaubt: {allowed}</translation>
        </message>
        <message>
            <source>scale (0-10) or yesno (yes/no)</source>
            <translation>scale (0-10) oder yesno (ja/nein)</translation>
        </message>
        <message>
            <source>a whole number from 0 to 10</source>
            <translation>eine ganze Zahl von 0 bis 10</translation>
        </message>
        <message>
            <source>yes or no (also y/n, 1/0, true/false)</source>
            <translation>yes oder no (auch y/n, 1/0, true/false)</translation>
        </message>
        <message>
            <source>{value} is not a kind of factor</source>
            <translation>{value} ist keine Art von Faktor</translation>
        </message>
        <message>
            <source>factor name</source>
            <translation>Name des Faktors</translation>
        </message>
        <message>
            <source>a name of 1 to {max} characters</source>
            <translation>ein Name mit 1 bis {max} Zeichen</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>ist leer</translation>
        </message>
        <message>
            <source>a name with at least one letter or digit (a-z, 0-9)</source>
            <translation>ein Name mit mindestens einem Buchstaben oder einer Ziffer (a-z, 0-9)</translation>
        </message>
        <message>
            <source>has no letter or digit</source>
            <translation>hat keinen Buchstaben und keine Ziffer</translation>
        </message>
        <message>
            <source>{name} value</source>
            <translation>Wert von {name}</translation>
        </message>
        <message>
            <source>{value} is not yes or no</source>
            <translation>{value} ist weder ja noch nein</translation>
        </message>
        <message>
            <source>{value} is not a whole number</source>
            <translation>{value} ist keine ganze Zahl</translation>
        </message>
        <message>
            <source>{value} is out of range</source>
            <translation>{value} liegt außerhalb des Bereichs</translation>
        </message>
        <message>
            <source>a day on or after {day}</source>
            <translation>ein Tag am oder nach dem {day}</translation>
        </message>
        <message>
            <source>a day on or after --from ({day})</source>
            <translation>ein Tag am oder nach --from ({day})</translation>
        </message>
        <message>
            <source>is before --from</source>
            <translation>liegt vor --from</translation>
        </message>
        <message>
            <source>both days of the baseline period</source>
            <translation>beide Tage des Zeitraums für den Ausgangswert</translation>
        </message>
        <message>
            <source>a day on or after --baseline-from</source>
            <translation>ein Tag am oder nach --baseline-from</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nichts</translation>
        </message>
        <message>
            <source>{allowed} (or --where REGION=SCORE,... for each region)</source>
            <translation>{allowed} (oder --where REGION=SCORE,... für jede Region)</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>fehlt</translation>
        </message>
        <message>
            <source>a whole number from 1 (very much improved) to 7 (very much worse)</source>
            <extracomment>The Patient Global Impression of Change: one 7-point item (public domain; Guy 1976, as used by Farrar 2001 to anchor the 2-point / 30 % thresholds).</extracomment>
            <translation>eine ganze Zahl von 1 (sehr viel besser) bis 7 (sehr viel schlechter)</translation>
        </message>
        <message>
            <source>is not a date</source>
            <translation>ist kein Datum</translation>
        </message>
        <message>
            <source>a therapy key or name ('backjournal therapies' lists them)</source>
            <translation>Schlüssel oder Name einer Therapie ('backjournal therapies' listet sie auf)</translation>
        </message>
        <message>
            <source>either a planned last day (--to) or a number of sessions (--sessions), not both</source>
            <translation>entweder ein geplanter letzter Tag (--to) oder eine Anzahl Sitzungen (--sessions), nicht beides</translation>
        </message>
        <message>
            <source>a day on or after the start ({start})</source>
            <translation>ein Tag am oder nach dem Beginn ({start})</translation>
        </message>
        <message>
            <source>is before the start</source>
            <translation>liegt vor dem Beginn</translation>
        </message>
        <message>
            <source>a course of at most {max} days</source>
            <translation>ein Kurs von höchstens {max} Tagen</translation>
        </message>
        <message>
            <source>a whole number of sessions from 1 to {max}</source>
            <translation>eine ganze Zahl von Sitzungen von 1 bis {max}</translation>
        </message>
        <message>
            <source>per week</source>
            <translation>pro Woche</translation>
        </message>
        <message>
            <source>a whole number of sessions per week from 1 to {max}</source>
            <translation>eine ganze Zahl von Sitzungen pro Woche von 1 bis {max}</translation>
        </message>
        <message>
            <source>baseline days</source>
            <translation>Tage des Ausgangswerts</translation>
        </message>
        <message>
            <source>a whole number of days from {min} to {max}</source>
            <translation>eine ganze Zahl von Tagen von {min} bis {max}</translation>
        </message>
        <message>
            <source>an object with uid, therapy, start, planned_end, sessions_planned, ...</source>
            <extracomment>the name under which a JSON export's ``settings`` carries the courses (docs/formats.md)</extracomment>
            <translation>ein Objekt mit uid, therapy, start, planned_end, sessions_planned, ...</translation>
        </message>
        <message>
            <source>a course's uid (a UUID)</source>
            <translation>die uid eines Kurses (eine UUID)</translation>
        </message>
        <message>
            <source>an object with on, reason, pgic and note, or null</source>
            <translation>ein Objekt mit on, reason, pgic und note, oder null</translation>
        </message>
        <message>
            <source>end day</source>
            <translation>letzter Tag</translation>
        </message>
        <message>
            <source>{value} is not a known class</source>
            <extracomment>The built-in reference card (resources/cards, by card id) for each class; "other" has none.</extracomment>
            <translation>{value} ist keine bekannte Klasse</translation>
        </message>
        <message>
            <source>as-needed or scheduled</source>
            <translation>as-needed oder scheduled</translation>
        </message>
        <message>
            <source>a positive number, e.g. 400 or 2.5</source>
            <translation>eine positive Zahl, z. B. 400 oder 2.5</translation>
        </message>
        <message>
            <source>dose amount</source>
            <translation>Dosismenge</translation>
        </message>
        <message>
            <source>{value} is not a number</source>
            <translation>{value} ist keine Zahl</translation>
        </message>
        <message>
            <source>dose unit</source>
            <translation>Dosiseinheit</translation>
        </message>
        <message>
            <source>{value} is not a known unit</source>
            <translation>{value} ist keine bekannte Einheit</translation>
        </message>
        <message>
            <source>dose schedule</source>
            <translation>Einnahmeweise</translation>
        </message>
        <message>
            <source>{value} is not known</source>
            <extracomment>An object read from a JSON file: its values are any JSON value until validated.</extracomment>
            <translation>{value} ist nicht bekannt</translation>
        </message>
        <message>
            <source>a whole number from 0 (no pain) to 10 (worst pain imaginable)</source>
            <translation>eine ganze Zahl von 0 (kein Schmerz) bis 10 (stärkster vorstellbarer Schmerz)</translation>
        </message>
        <message>
            <source>a whole number from 0 (does not interfere) to 10 (completely interferes)</source>
            <extracomment>PEG's two interference items (Krebs 2009) have their own anchors: they do not rate pain itself</extracomment>
            <translation>eine ganze Zahl von 0 (beeinträchtigt nicht) bis 10 (beeinträchtigt vollständig)</translation>
        </message>
        <message>
            <source>is out of range</source>
            <translation>liegt außerhalb des Bereichs</translation>
        </message>
        <message>
            <source>text of at most {limit} characters</source>
            <translation>Text mit höchstens {limit} Zeichen</translation>
        </message>
        <message>
            <source>is not text</source>
            <translation>ist kein Text</translation>
        </message>
        <message>
            <source>text without NUL characters</source>
            <translation>Text ohne NUL-Zeichen</translation>
        </message>
        <message>
            <source>contains a NUL character</source>
            <translation>enthält ein NUL-Zeichen</translation>
        </message>
        <message>
            <source>Unicode text (UTF-8)</source>
            <translation>Unicode-Text (UTF-8)</translation>
        </message>
        <message>
            <source>contains a broken character (a lone surrogate) that cannot be stored</source>
            <translation>enthält ein defektes Zeichen (ein einzelnes Surrogat), das nicht gespeichert werden kann</translation>
        </message>
        <message>
            <source>{count} characters</source>
            <translation>{count} Zeichen</translation>
        </message>
        <message>
            <source>is {count} characters long</source>
            <translation>ist {count} Zeichen lang</translation>
        </message>
        <message>
            <source>a name of 1 to {max} characters on one line, without control characters, that none of your other therapies has (upper and lower case count as the same)</source>
            <translation>ein Name mit 1 bis {max} Zeichen in einer Zeile, ohne Steuerzeichen, den keine Ihrer anderen Therapien hat (Groß- und Kleinschreibung zählen als gleich)</translation>
        </message>
        <message>
            <source>contains a tab</source>
            <translation>enthält einen Tabulator</translation>
        </message>
        <message>
            <source>contains a line break</source>
            <translation>enthält einen Zeilenumbruch</translation>
        </message>
        <message>
            <source>contains the control character {code}</source>
            <translation>enthält das Steuerzeichen {code}</translation>
        </message>
        <message>
            <source>{name} already exists (archived: bring it back in Preferences &gt; Therapies)</source>
            <translation>{name} gibt es schon (archiviert: in Einstellungen &gt; Therapien zurückholen)</translation>
        </message>
        <message>
            <source>{name} already exists</source>
            <translation>{name} gibt es schon</translation>
        </message>
        <message>
            <source>a whole number of minutes from 0 to {max}</source>
            <translation>eine ganze Zahl von Minuten von 0 bis {max}</translation>
        </message>
        <message>
            <source>REGION,... or REGION=SCORE,... with REGION one of {regions} and SCORE 0-10</source>
            <translation>REGION,... oder REGION=SCORE,... mit REGION aus {regions} und SCORE 0-10</translation>
        </message>
        <message>
            <source>names no body region</source>
            <translation>nennt keine Körperregion</translation>
        </message>
        <message>
            <source>{part} is not REGION=SCORE</source>
            <translation>{part} ist nicht REGION=SCORE</translation>
        </message>
        <message>
            <source>each region once; {allowed}</source>
            <translation>jede Region einmal; {allowed}</translation>
        </message>
        <message>
            <source>{region} is named twice</source>
            <translation>{region} ist doppelt genannt</translation>
        </message>
        <message>
            <source>score for {region}</source>
            <translation>Wert für {region}</translation>
        </message>
        <message>
            <source>a score for every region or for none (e.g. lower_back=6,leg_left=4)</source>
            <translation>ein Wert für jede Region oder für keine (z. B. lower_back=6,leg_left=4)</translation>
        </message>
        <message>
            <source>gives a score for some regions but not for the others</source>
            <translation>gibt für einige Regionen einen Wert an, für die anderen nicht</translation>
        </message>
        <message>
            <source>each region once when each region has its own score</source>
            <translation>jede Region einmal, wenn jede Region ihren eigenen Wert hat</translation>
        </message>
        <message>
            <source>{scores} scores for {regions} regions</source>
            <translation>{scores} Werte für {regions} Regionen</translation>
        </message>
        <message>
            <source>one score for each region, or none</source>
            <translation>ein Wert für jede Region oder keiner</translation>
        </message>
        <message>
            <source>needs a score for every region</source>
            <translation>braucht einen Wert für jede Region</translation>
        </message>
        <message>
            <source>at least one body region is needed</source>
            <translation>mindestens eine Körperregion ist nötig</translation>
        </message>
        <message>
            <source>an amount and a unit together (e.g. 400 mg), or neither</source>
            <extracomment>() or one 0-10 score per region, in the order of ``regions``. Structured dose, as entered (domain.medications): amount and unit together, schedule optional.</extracomment>
            <translation>Menge und Einheit zusammen (z. B. 400 mg) oder keins von beiden</translation>
        </message>
        <message>
            <source>needs both an amount and a unit</source>
            <translation>braucht sowohl eine Menge als auch eine Einheit</translation>
        </message>
        <message>
            <source>an amount and a unit before 'as needed'/'scheduled'</source>
            <translation>Menge und Einheit vor 'as needed'/'scheduled'</translation>
        </message>
        <message>
            <source>has a schedule without an amount</source>
            <translation>hat eine Einnahmeweise ohne Menge</translation>
        </message>
        <message>
            <source>a label of 1 to {max} characters</source>
            <translation>eine Bezeichnung mit 1 bis {max} Zeichen</translation>
        </message>
        <message>
            <source>an object with uid, label, start, end and therapy</source>
            <translation>ein Objekt mit uid, label, start, end und therapy</translation>
        </message>
        <message>
            <source>has a start or end that is not a date</source>
            <translation>hat einen Beginn oder ein Ende, das kein Datum ist</translation>
        </message>
        <message>
            <source>a therapy key or null as its therapy</source>
            <translation>ein Therapieschlüssel oder null als seine Therapie</translation>
        </message>
        <message>
            <source>a UUID such as 6f1d3c52-6a8e-4f0e-9a53-2b6b8f0d6c41</source>
            <translation>eine UUID wie 6f1d3c52-6a8e-4f0e-9a53-2b6b8f0d6c41</translation>
        </message>
        <message>
            <source>reminder</source>
            <extracomment>Today's "Score each region": each chosen region gets its own 0-10 score (off: one score for all)</extracomment>
            <translation>Erinnerung</translation>
        </message>
        <message>
            <source>on or off</source>
            <translation>an oder aus</translation>
        </message>
        <message>
            <source>score each region</source>
            <translation>Wert für jede Region</translation>
        </message>
        <message>
            <source>reminder time</source>
            <translation>Uhrzeit der Erinnerung</translation>
        </message>
        <message>
            <source>a time of day HH:MM</source>
            <translation>eine Uhrzeit HH:MM</translation>
        </message>
        <message>
            <source>days 0 (Monday) to 6 (Sunday)</source>
            <translation>Tage 0 (Montag) bis 6 (Sonntag)</translation>
        </message>
        <message>
            <source>reminder days</source>
            <translation>Tage der Erinnerung</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>at least one day while the reminder is on</source>
            <translation>mindestens ein Tag, solange die Erinnerung an ist</translation>
        </message>
        <message>
            <source>week start</source>
            <translation>Wochenbeginn</translation>
        </message>
        <message>
            <source>Monday or Sunday</source>
            <translation>Montag oder Sonntag</translation>
        </message>
        <message>
            <source>default Trends range</source>
            <translation>vorgegebener Zeitraum der Verläufe</translation>
        </message>
        <message>
            <source>fields Today shows</source>
            <translation>Felder, die Heute zeigt</translation>
        </message>
        <message>
            <source>report paper size</source>
            <translation>Papierformat des Berichts</translation>
        </message>
        <message>
            <source>a time of day HH:MM, 00:00 to 23:59</source>
            <translation>eine Uhrzeit HH:MM, 00:00 bis 23:59</translation>
        </message>
        <message>
            <source>ISO 8601, e.g. 2026-03-14T08:30, 2026-03-14T08:30+01:00 or 2026-03-14</source>
            <extracomment>Marked for translation; ValidationError shows them in the process's language.</extracomment>
            <translation>ISO 8601, z. B. 2026-03-14T08:30, 2026-03-14T08:30+01:00 oder 2026-03-14</translation>
        </message>
        <message>
            <source>a date as YYYY-MM-DD, e.g. 2026-03-14</source>
            <translation>ein Datum als YYYY-MM-DD, z. B. 2026-03-14</translation>
        </message>
        <message>
            <source>is not a date and time</source>
            <translation>ist kein Datum mit Uhrzeit</translation>
        </message>
        <message>
            <source>a day from {first} to {last}</source>
            <extracomment>The days a person can type: far enough back for any record, and far from the ends of the calendar (year 1 or 9999 in another time zone, or a day plus a week, would overflow).</extracomment>
            <translation>ein Tag von {first} bis {last}</translation>
        </message>
        <message>
            <source>{value} is outside the years {first}-{last}</source>
            <translation>{value} liegt außerhalb der Jahre {first}-{last}</translation>
        </message>
        <message>
            <source>{value} is not a date and time (only the digits 0-9 are read)</source>
            <translation>{value} ist kein Datum mit Uhrzeit (nur die Ziffern 0-9 werden gelesen)</translation>
        </message>
        <message>
            <source>{value} is not a date and time</source>
            <translation>{value} ist kein Datum mit Uhrzeit</translation>
        </message>
        <message>
            <source>{before} or {after}</source>
            <translation>{before} oder {after}</translation>
        </message>
        <message>
            <source>{time} does not exist here: the clocks skip that hour for daylight saving time</source>
            <translation>{time} gibt es hier nicht: Die Uhren überspringen diese Stunde wegen der Sommerzeit</translation>
        </message>
        <message>
            <source>now or earlier</source>
            <extracomment>How far ahead of the clock a typed time may be (a clock a little off, a slow click on "Save").</extracomment>
            <translation>jetzt oder früher</translation>
        </message>
        <message>
            <source>is in the future</source>
            <translation>liegt in der Zukunft</translation>
        </message>
        <message>
            <source>{value} is not a date (only the digits 0-9 are read)</source>
            <translation>{value} ist kein Datum (nur die Ziffern 0-9 werden gelesen)</translation>
        </message>
        <message>
            <source>{value} is not a date</source>
            <translation>{value} ist kein Datum</translation>
        </message>
        <message>
            <source>a regimen described in 1 to {max} characters</source>
            <translation>ein Vorgehen, beschrieben mit 1 bis {max} Zeichen</translation>
        </message>
        <message>
            <source>a regimen different from A</source>
            <translation>ein anderes Vorgehen als A</translation>
        </message>
        <message>
            <source>a whole number of pairs from {min} to {max}</source>
            <translation>eine ganze Zahl von Paaren von {min} bis {max}</translation>
        </message>
        <message>
            <source>a whole number of days per period from {min} to {max} (1–2 weeks)</source>
            <translation>eine ganze Zahl von Tagen pro Abschnitt von {min} bis {max} (1–2 Wochen)</translation>
        </message>
        <message>
            <source>a whole number of days from 0 to {max} (shorter than a period)</source>
            <translation>eine ganze Zahl von Tagen von 0 bis {max} (kürzer als ein Abschnitt)</translation>
        </message>
        <message>
            <source>a whole number from 0 to {max}</source>
            <translation>eine ganze Zahl von 0 bis {max}</translation>
        </message>
        <message>
            <source>an object with uid, regimen_a, regimen_b, pairs, period_days, ...</source>
            <extracomment>the name under which a JSON export's ``settings`` carries the personal trials (docs/formats.md)</extracomment>
            <translation>ein Objekt mit uid, regimen_a, regimen_b, pairs, period_days, ...</translation>
        </message>
        <message>
            <source>has a day that is not a date</source>
            <translation>hat einen Tag, der kein Datum ist</translation>
        </message>
        <message>
            <source>a list of {count} orders, each AB or BA</source>
            <translation>eine Liste von {count} Reihenfolgen, jede AB oder BA</translation>
        </message>
        <message>
            <source>an object {period number: text}</source>
            <translation>ein Objekt {period number: text}</translation>
        </message>
        <message>
            <source>period numbers from 1 to {max}</source>
            <translation>Abschnittsnummern von 1 bis {max}</translation>
        </message>
        <message>
            <source>a trial's uid (a UUID)</source>
            <translation>die uid eines Versuchs (eine UUID)</translation>
        </message>
        <message>
            <source>a day on or after the course's start ({start})</source>
            <translation>ein Tag am oder nach dem Beginn des Kurses ({start})</translation>
        </message>
        <message>
            <source>a period of at most 30 years</source>
            <translation>ein Zeitraum von höchstens 30 Jahren</translation>
        </message>
        <message>
            <source>a day on or after the trial's start ({start})</source>
            <translation>ein Tag am oder nach dem Beginn des Versuchs ({start})</translation>
        </message>
        <message>
            <source>ISO 8601 with an offset, e.g. 2026-03-14T08:30:00+01:00</source>
            <extracomment>The columns before named medications; a hand-written row's uid comes from these (unchanged). Every column written. Named medications added therapy_class and the structured dose (amount, unit, schedule); "dose" keeps a free-text dose that is not structured. The columns a file must have; every other column may be left out (docs/formats.md). The journal's field names (in validation errors) as the CSV columns a person sees. Columns computed on export and ignored on import. A hand-written row without regions means the lower back (as on the command line). A text cell starting with one of these is prefixed with an apostrophe (OWASP CSV injection). Marked for translation; ValidationError shows it in the process's language.</extracomment>
            <translation>ISO 8601 mit Zeitverschiebung, z. B. 2026-03-14T08:30:00+01:00</translation>
        </message>
        <message>
            <source>an offset in whole minutes between -14:00 and +14:00</source>
            <translation>eine Zeitverschiebung in ganzen Minuten zwischen -14:00 und +14:00</translation>
        </message>
        <message>
            <source>the offset {offset} cannot be kept</source>
            <translation>die Zeitverschiebung {offset} kann nicht übernommen werden</translation>
        </message>
        <message>
            <source>up to 36 letters, digits, '-', '.' or '_'</source>
            <translation>bis zu 36 Buchstaben, Ziffern, '-', '.' oder '_'</translation>
        </message>
        <message>
            <source>is not a valid uid</source>
            <translation>ist keine gültige uid</translation>
        </message>
        <message>
            <source>a name of 1 to {max} characters for {key}</source>
            <translation>ein Name mit 1 bis {max} Zeichen für {key}</translation>
        </message>
        <message>
            <source>pain, session or peg</source>
            <translation>pain, session oder peg</translation>
        </message>
        <message>
            <source>REGION=SCORE for each region, e.g. lower_back=6;leg_left=4</source>
            <translation>REGION=SCORE für jede Region, z. B. lower_back=6;leg_left=4</translation>
        </message>
        <message>
            <source>gives no scores</source>
            <translation>gibt keine Werte an</translation>
        </message>
        <message>
            <source>a score for each region of the entry ({regions})</source>
            <translation>ein Wert für jede Region des Eintrags ({regions})</translation>
        </message>
        <message>
            <source>names other regions than the regions column</source>
            <translation>nennt andere Regionen als die Spalte regions</translation>
        </message>
        <message>
            <source>{value} has the wrong type</source>
            <translation>{value} hat den falschen Typ</translation>
        </message>
        <message>
            <source>text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>eine ganze Zahl</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true oder false</translation>
        </message>
        <message>
            <source>a list of words</source>
            <translation>eine Liste von Wörtern</translation>
        </message>
        <message>
            <source>holds something that is not text</source>
            <translation>enthält etwas, das kein Text ist</translation>
        </message>
        <message>
            <source>a uid</source>
            <translation>eine uid</translation>
        </message>
    </context>
    <context>
        <name>ExchangeCmds</name>
        <message>
            <source>exported {pain} pain entries, {sessions} sessions and {peg} PEG check-ins to {path} ({value})</source>
            <translation>{pain} Schmerzeinträge, {sessions} Sitzungen und {peg} PEG-Abfragen exportiert nach {path} ({value})</translation>
        </message>
        <message>
            <source>warning: the journal is encrypted, but this export is not: anyone who gets {path} can read it.</source>
            <translation>Warnung: Das Tagebuch ist verschlüsselt, dieser Export aber nicht: Wer {path} bekommt, kann ihn lesen.</translation>
        </message>
        <message>
            <source>NAME=KEY or NAME=skip, e.g. --map "Yoga=exercise"</source>
            <translation>NAME=KEY oder NAME=skip, z. B. --map "Yoga=exercise"</translation>
        </message>
        <message>
            <source>error: {file}: {len} invalid row(s); nothing was imported:</source>
            <translation>Fehler: {file}: {len} ungültige Zeile(n); es wurde nichts importiert:</translation>
        </message>
        <message>
            <source>Dry run: nothing imported.</source>
            <translation>Probelauf: nichts importiert.</translation>
        </message>
        <message>
            <source> and --scale convert|skip</source>
            <translation> und --scale convert|skip</translation>
        </message>
        <message>
            <source>Nothing imported yet. Check the lines above, then run again with --yes{hint} to import.</source>
            <translation>Noch nichts importiert. Prüfen Sie die Zeilen oben und starten Sie dann erneut mit --yes{hint}, um zu importieren.</translation>
        </message>
        <message>
            <source>convert ({mapping}) or skip</source>
            <translation>convert ({mapping}) oder skip</translation>
        </message>
        <message>
            <source>{count} {source} are on a {scale} scale; choose what to do with them</source>
            <translation>{count} {source} sind auf einer Skala von {scale}; wählen Sie, was mit ihnen geschehen soll</translation>
        </message>
        <message>
            <source>imported {pain} pain entries, {sessions} sessions and {peg} PEG check-ins</source>
            <translation>{pain} Schmerzeinträge, {sessions} Sitzungen und {peg} PEG-Abfragen importiert</translation>
        </message>
        <message>
            <source>, {therapies} new therapy type(s)</source>
            <translation>, {therapies} neue Therapieart(en)</translation>
        </message>
        <message>
            <source>, {periods} marked period(s)</source>
            <translation>, {periods} markierte(r) Zeitraum/Zeiträume</translation>
        </message>
        <message>
            <source>, {factors} new factor(s)</source>
            <translation>, {factors} neue(r) Faktor(en)</translation>
        </message>
        <message>
            <source>, {factor_values} daily factor value(s)</source>
            <translation>, {factor_values} tägliche Faktorwerte</translation>
        </message>
        <message>
            <source>; {already} already in the journal; {skipped} skipped</source>
            <translation>; {already} bereits im Tagebuch; {skipped} übersprungen</translation>
        </message>
        <message>
            <source>wrote the report for {isoformat} to {isoformat2} to {path}</source>
            <translation>Bericht für {isoformat} bis {isoformat2} geschrieben nach {path}</translation>
        </message>
    </context>
    <context>
        <name>ExchangeMenu</name>
        <message>
            <source>&amp;Report for my physician…</source>
            <translation>&amp;Bericht für meine Ärztin / meinen Arzt…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportieren…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <source>PDF report</source>
            <translation>PDF-Bericht</translation>
        </message>
        <message>
            <source>report</source>
            <translation>Bericht</translation>
        </message>
        <message>
            <source>export (CSV, JSON or FHIR)</source>
            <translation>Export (CSV, JSON oder FHIR)</translation>
        </message>
        <message>
            <source>export of {total} records</source>
            <translation>Export von {total} Datensätzen</translation>
        </message>
        <message>
            <source>, {factor_values} daily factor values</source>
            <translation>, {factor_values} tägliche Faktorwerte</translation>
        </message>
        <message>
            <source>Imported {total} records{factors} ({already} were already in the journal).</source>
            <translation>{total} Datensätze importiert{factors} ({already} waren bereits im Tagebuch).</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>CSV: one row per entry or session (spreadsheets)</source>
            <translation>CSV: eine Zeile pro Eintrag oder Sitzung (Tabellenkalkulation)</translation>
        </message>
        <message>
            <source>JSON: the whole journal (to move it to another computer)</source>
            <translation>JSON: das ganze Tagebuch (um es auf einen anderen Computer zu bringen)</translation>
        </message>
        <message>
            <source>FHIR R4: for a physician's or hospital's system</source>
            <translation>FHIR R4: für das System einer Praxis oder eines Krankenhauses</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Alles</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Wird exportiert…</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Exportieren nach</translation>
        </message>
    </context>
    <context>
        <name>FactorCmds</name>
        <message>
            <source>added factor {name!r} ({label}, key {key})</source>
            <translation>Faktor {name!r} hinzugefügt ({label}, Schlüssel {key})</translation>
        </message>
        <message>
            <source>factor {name!r} is {value}</source>
            <translation>Faktor {name!r} ist {value}</translation>
        </message>
        <message>
            <source>built-in</source>
            <translation>eingebaut</translation>
        </message>
        <message>
            <source>your own</source>
            <translation>eigener</translation>
        </message>
        <message>
            <source>on</source>
            <translation>an</translation>
        </message>
        <message>
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <source> (replaced {value_text})</source>
            <translation> ({value_text} ersetzt)</translation>
        </message>
        <message>
            <source>logged {name} {value_text} on {isoformat}{replaced}</source>
            <translation>{name} {value_text} am {isoformat} eingetragen{replaced}</translation>
        </message>
    </context>
    <context>
        <name>FactorRow</name>
        <message>
            <source>Today's factors</source>
            <translation>Heutige Faktoren</translation>
        </message>
        <message>
            <source>Track sleep quality, mood, stress, physical activity or your own factors (e.g. "long drive") once a day: turn them on with Factors…</source>
            <translation>Erfassen Sie einmal am Tag Schlafqualität, Stimmung, Stress, körperliche Aktivität oder eigene Faktoren (z. B. „lange Autofahrt“): Schalten Sie sie unter Faktoren… ein</translation>
        </message>
        <message>
            <source>Factors…</source>
            <translation>Faktoren…</translation>
        </message>
        <message>
            <source>Choose and add daily factors</source>
            <translation>Tägliche Faktoren wählen und hinzufügen</translation>
        </message>
        <message>
            <source>{name} today, 0 to 10 (– for none)</source>
            <translation>{name} heute, 0 bis 10 (– für keinen Wert)</translation>
        </message>
        <message>
            <source>{name} today, yes or no (– for none)</source>
            <translation>{name} heute, ja oder nein (– für keinen Wert)</translation>
        </message>
    </context>
    <context>
        <name>Factors</name>
        <message>
            <source>Sleep quality</source>
            <extracomment>Built-in factors, hidden until turned on. Keys are stable (stored, exported, on the command line).</extracomment>
            <translation>Schlafqualität</translation>
        </message>
        <message>
            <source>Mood</source>
            <translation>Stimmung</translation>
        </message>
        <message>
            <source>Stress</source>
            <translation>Stress</translation>
        </message>
        <message>
            <source>Physical activity</source>
            <translation>Körperliche Aktivität</translation>
        </message>
    </context>
    <context>
        <name>FactorsDialog</name>
        <message>
            <source>Daily factors</source>
            <translation>Tägliche Faktoren</translation>
        </message>
        <message>
            <source>Checked factors show on Today, one value a day. Turning one off keeps its values.</source>
            <translation>Angehakte Faktoren erscheinen unter Heute, ein Wert pro Tag. Ausschalten behält ihre Werte.</translation>
        </message>
        <message>
            <source>your own, e.g. long drive</source>
            <translation>eigener, z. B. lange Autofahrt</translation>
        </message>
        <message>
            <source>Name of a new factor</source>
            <translation>Name eines neuen Faktors</translation>
        </message>
        <message>
            <source>yes/no</source>
            <translation>ja/nein</translation>
        </message>
        <message>
            <source>Kind of the new factor: 0 to 10, or yes/no</source>
            <translation>Art des neuen Faktors: 0 bis 10 oder ja/nein</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Add the new factor</source>
            <translation>Den neuen Faktor hinzufügen</translation>
        </message>
        <message>
            <source>{name} ({kind}, built in)</source>
            <translation>{name} ({kind}, eingebaut)</translation>
        </message>
        <message>
            <source>Show {name} on Today</source>
            <translation>{name} unter Heute zeigen</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>What number best describes your pain on average in the past week?</source>
            <translation>Welche Zahl beschreibt am besten Ihren durchschnittlichen Schmerz in der vergangenen Woche?</translation>
        </message>
        <message>
            <source>0 = no pain, 10 = pain as bad as you can imagine</source>
            <translation>0 = kein Schmerz, 10 = stärkster vorstellbarer Schmerz</translation>
        </message>
        <message>
            <source>What number best describes how, during the past week, pain has interfered with your enjoyment of life?</source>
            <translation>Welche Zahl beschreibt am besten, wie sehr der Schmerz in der vergangenen Woche Ihre Lebensfreude beeinträchtigt hat?</translation>
        </message>
        <message>
            <source>0 = does not interfere, 10 = completely interferes</source>
            <translation>0 = beeinträchtigt nicht, 10 = beeinträchtigt vollständig</translation>
        </message>
        <message>
            <source>What number best describes how, during the past week, pain has interfered with your general activity?</source>
            <translation>Welche Zahl beschreibt am besten, wie sehr der Schmerz in der vergangenen Woche Ihre allgemeine Aktivität beeinträchtigt hat?</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>line {line}: {reason}</source>
            <translation>Zeile {line}: {reason}</translation>
        </message>
        <message>
            <source>; and {count} more</source>
            <translation>; und {count} weitere</translation>
        </message>
        <message>
            <source>the file</source>
            <translation>die Datei</translation>
        </message>
        <message>
            <source>line {line}: {what} — {reason}</source>
            <extracomment>Namespace of the deterministic uids given to records from files that carry none (foreign apps). Refuse files larger than this before reading them (a 10-year journal in our JSON is ~15 MB). Refuse files with more records than this (ten years of 20 entries a day is 73,000).</extracomment>
            <translation>Zeile {line}: {what} — {reason}</translation>
        </message>
        <message>
            <source>{count} {source} on a {scale} scale</source>
            <translation>{count} {source} auf einer Skala von {scale}</translation>
        </message>
        <message>
            <source>{head}: converted to 0-10 as {mapping}</source>
            <translation>{head}: in 0-10 umgerechnet als {mapping}</translation>
        </message>
        <message>
            <source>{head}: not imported (you chose to skip them)</source>
            <translation>{head}: nicht importiert (Sie haben gewählt, sie auszulassen)</translation>
        </message>
        <message>
            <source>{head}: not imported until you choose — convert to 0-10 as {mapping}, or skip them</source>
            <translation>{head}: nicht importiert, bis Sie wählen — in 0-10 umrechnen als {mapping} oder auslassen</translation>
        </message>
        <message>
            <source>a date like 2022-01-22 or 22nd Jan 2022</source>
            <translation>ein Datum wie 2022-01-22 oder 22nd Jan 2022</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>ist leer</translation>
        </message>
        <message>
            <source>{amount} is not a number</source>
            <translation>{amount} ist keine Zahl</translation>
        </message>
        <message>
            <source>{amount} hours of sleep do not fit a 0-10 factor</source>
            <translation>{amount} Stunden Schlaf passen nicht zu einem Faktor 0-10</translation>
        </message>
        <message>
            <source>{amount} is not a whole number from 0 to 10 (kept as rated, never stretched)</source>
            <translation>{amount} ist keine ganze Zahl von 0 bis 10 (so übernommen, wie bewertet, nie gestreckt)</translation>
        </message>
        <message>
            <source>Bearable pain ratings</source>
            <translation>Schmerzbewertungen aus Bearable</translation>
        </message>
        <message>
            <source>{category}: {detail}</source>
            <translation>{category}: {detail}</translation>
        </message>
        <message>
            <source>row</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <source>a 0-4 rating or a severity word ({words})</source>
            <translation>eine Bewertung 0-4 oder ein Schweregrad-Wort ({words})</translation>
        </message>
        <message>
            <source>no rating</source>
            <translation>keine Bewertung</translation>
        </message>
        <message>
            <source>the same as line {line}</source>
            <translation>gleich wie Zeile {line}</translation>
        </message>
        <message>
            <source>you chose to skip this medication</source>
            <translation>Sie haben gewählt, dieses Medikament auszulassen</translation>
        </message>
        <message>
            <source>a medication in Bearable</source>
            <translation>ein Medikament in Bearable</translation>
        </message>
        <message>
            <source>(no category)</source>
            <translation>(keine Kategorie)</translation>
        </message>
        <message>
            <source>a symptom that is not pain</source>
            <translation>ein Symptom, das kein Schmerz ist</translation>
        </message>
        <message>
            <source>not pain and not a therapy BackJournal knows (use --map "NAME=KEY" to map it)</source>
            <translation>kein Schmerz und keine Therapie, die BackJournal kennt (mit --map "NAME=KEY" zuordnen)</translation>
        </message>
        <message>
            <source>nothing BackJournal records</source>
            <translation>nichts, was BackJournal erfasst</translation>
        </message>
        <message>
            <source>skipped categories</source>
            <translation>ausgelassene Kategorien</translation>
        </message>
        <message>
            <source>{name} is not BackJournal's CSV; it needs the columns {columns}.</source>
            <translation>{name} ist kein CSV von BackJournal; es braucht die Spalten {columns}.</translation>
        </message>
        <message>
            <source>uid {uid} repeats line {line}</source>
            <translation>uid {uid} wiederholt Zeile {line}</translation>
        </message>
        <message>
            <source>a therapy key</source>
            <extracomment>Names people and apps give to therapies, to BackJournal's built-in keys (lower case). Of these, the name itself is worth keeping as the session's details (what was taken or done).</extracomment>
            <translation>ein Therapieschlüssel</translation>
        </message>
        <message>
            <source>one of {allowed}, or skip</source>
            <translation>eines von {allowed} oder skip</translation>
        </message>
        <message>
            <source>{key} is not a therapy of this journal</source>
            <translation>{key} ist keine Therapie dieses Tagebuchs</translation>
        </message>
        <message>
            <source>your choice</source>
            <translation>Ihre Wahl</translation>
        </message>
        <message>
            <source>same name</source>
            <translation>gleicher Name</translation>
        </message>
        <message>
            <source>known name</source>
            <translation>bekannter Name</translation>
        </message>
        <message>
            <source>{source} → {name} (details {details}) [{how}]</source>
            <translation>{source} → {name} (Details {details}) [{how}]</translation>
        </message>
        <message>
            <source>{source} → {name} [{how}]</source>
            <translation>{source} → {name} [{how}]</translation>
        </message>
        <message>
            <source>medication by name</source>
            <extracomment>Medicines whose class is certain from the name alone (lower case; the generic name, as written in English and German). Only these are classified; every other name is "other" (the person can change it in Preferences &gt; Therapies). Brand names are left out: one brand can sell combinations. Words that say "a medicine" without saying which: they stay on the generic Medication therapy.</extracomment>
            <translation>Medikament nach Namen</translation>
        </message>
        <message>
            <source>medication {name}: {problem}</source>
            <translation>Medikament {name}: {problem}</translation>
        </message>
        <message>
            <source>a date like 2022-01-22, 22nd Jan 2022, Jan 22, 2022 or 22.01.2022</source>
            <translation>ein Datum wie 2022-01-22, 22nd Jan 2022, Jan 22, 2022 oder 22.01.2022</translation>
        </message>
        <message>
            <source>{text} is not a real day</source>
            <translation>{text} ist kein wirklicher Tag</translation>
        </message>
        <message>
            <source>{text} is not a date</source>
            <translation>{text} ist kein Datum</translation>
        </message>
        <message>
            <source>a clock time like 14:30 or 2:30 PM, a word (morning, afternoon, evening, night) or nothing</source>
            <extracomment>Where a time given as a word is placed (shown to the person in the preview).</extracomment>
            <translation>eine Uhrzeit wie 14:30 oder 2:30 PM, ein Wort (morgens, nachmittags, abends, nachts) oder nichts</translation>
        </message>
        <message>
            <source>{text} is not a time</source>
            <translation>{text} ist keine Uhrzeit</translation>
        </message>
        <message>
            <source>no time given → 12:00</source>
            <translation>keine Uhrzeit angegeben → 12:00</translation>
        </message>
        <message>
            <source>a 0-4 rating; you chose to skip those</source>
            <translation>eine Bewertung 0-4; Sie haben gewählt, diese auszulassen</translation>
        </message>
        <message>
            <source>a whole number from 0 to 4 (this app's symptom scale)</source>
            <translation>eine ganze Zahl von 0 bis 4 (die Symptomskala dieser App)</translation>
        </message>
        <message>
            <source>{value} is outside the 0-4 scale</source>
            <translation>{value} liegt außerhalb der Skala 0-4</translation>
        </message>
        <message>
            <source> and {count} more</source>
            <translation> und {count} weitere</translation>
        </message>
        <message>
            <source>{label}: {items}{more}</source>
            <translation>{label}: {items}{more}</translation>
        </message>
        <message>
            <source>entry of {day}</source>
            <extracomment>Daylio's five default moods (English and German exports); custom mood names are not guessed.</extracomment>
            <translation>Eintrag vom {day}</translation>
        </message>
        <message>
            <source>no activity and no mood BackJournal records; a mood is never a pain score</source>
            <translation>keine Aktivität und keine Stimmung, die BackJournal erfasst; eine Stimmung ist nie ein Schmerzwert</translation>
        </message>
        <message>
            <source>moods that are not Daylio's five default words (not imported)</source>
            <translation>Stimmungen, die nicht zu Daylios fünf vorgegebenen Wörtern gehören (nicht importiert)</translation>
        </message>
        <message>
            <source>activities that are not therapies (ignored; map one with --map "NAME=KEY")</source>
            <translation>Aktivitäten, die keine Therapien sind (nicht beachtet; zuordnen mit --map "NAME=KEY")</translation>
        </message>
        <message>
            <source>daily factors: {factors}</source>
            <translation>tägliche Faktoren: {factors}</translation>
        </message>
        <message>
            <source>several readings on one day, the latest kept: {names}</source>
            <translation>mehrere Werte an einem Tag, der letzte übernommen: {names}</translation>
        </message>
        <message>
            <source>Flaredown pain ratings</source>
            <translation>Schmerzbewertungen aus Flaredown</translation>
        </message>
        <message>
            <source>has {cells} cells; the header has {header}</source>
            <translation>hat {cells} Zellen; die Kopfzeile hat {header}</translation>
        </message>
        <message>
            <source>not a whole number in a column of ratings that are not about pain</source>
            <translation>keine ganze Zahl in einer Spalte mit Bewertungen, die nicht den Schmerz betreffen</translation>
        </message>
        <message>
            <source>you chose to skip this treatment</source>
            <translation>Sie haben gewählt, diese Behandlung auszulassen</translation>
        </message>
        <message>
            <source>{day} tags: {tags}</source>
            <translation>{day} Tags: {tags}</translation>
        </message>
        <message>
            <source>no pain rating that day to attach them to</source>
            <translation>keine Schmerzbewertung an diesem Tag, der sie zugeordnet werden könnten</translation>
        </message>
        <message>
            <source>ratings that are not about pain (skipped)</source>
            <translation>Bewertungen, die nicht den Schmerz betreffen (ausgelassen)</translation>
        </message>
        <message>
            <source>columns not imported: {columns}</source>
            <translation>nicht importierte Spalten: {columns}</translation>
        </message>
        <message>
            <source>treatment not otherwise known</source>
            <translation>Behandlung, sonst nicht bekannt</translation>
        </message>
        <message>
            <source>To import: {pain}, {sessions}, {peg}; already in the journal: {already}; skipped: {skipped}</source>
            <translation>Zu importieren: {pain}, {sessions}, {peg}; bereits im Tagebuch: {already}; ausgelassen: {skipped}</translation>
        </message>
        <message>
            <source>File: {name} ({format})</source>
            <translation>Datei: {name} ({format})</translation>
        </message>
        <message>
            <source>Therapy courses to add: {courses}; personal trials to add: {trials}</source>
            <translation>Hinzuzufügende Therapiekurse: {courses}; hinzuzufügende persönliche Versuche: {trials}</translation>
        </message>
        <message>
            <source>Marked periods to add: {periods}</source>
            <translation>Hinzuzufügende markierte Zeiträume: {periods}</translation>
        </message>
        <message>
            <source>New factors: {factors}</source>
            <translation>Neue Faktoren: {factors}</translation>
        </message>
        <message>
            <source>Daily factor values to add: {count}</source>
            <translation>Hinzuzufügende tägliche Faktorwerte: {count}</translation>
        </message>
        <message>
            <source>New medications: {medications}</source>
            <translation>Neue Medikamente: {medications}</translation>
        </message>
        <message>
            <source>New therapy types: {therapies}</source>
            <translation>Neue Therapiearten: {therapies}</translation>
        </message>
        <message>
            <source>Scale: {text}</source>
            <translation>Skala: {text}</translation>
        </message>
        <message>
            <source>Mapped: {text}</source>
            <translation>Zugeordnet: {text}</translation>
        </message>
        <message>
            <source>Kept: {text}</source>
            <translation>Behalten: {text}</translation>
        </message>
        <message>
            <source>Skipped ({count}):</source>
            <translation>Ausgelassen ({count}):</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… und {count} weitere</translation>
        </message>
        <message>
            <source>BackJournal CSV</source>
            <translation>BackJournal-CSV</translation>
        </message>
        <message>
            <source>BackJournal JSON</source>
            <translation>BackJournal-JSON</translation>
        </message>
        <message>
            <source>Bearable CSV export</source>
            <translation>CSV-Export von Bearable</translation>
        </message>
        <message>
            <source>Daylio CSV export</source>
            <translation>CSV-Export von Daylio</translation>
        </message>
        <message>
            <source>Flaredown CSV export</source>
            <translation>CSV-Export von Flaredown</translation>
        </message>
        <message>
            <source>settings.{key} must be a list</source>
            <translation>settings.{key} muss eine Liste sein</translation>
        </message>
        <message>
            <source>{name} could not be read: the reading process stopped (exit code {code}). Nothing was imported.</source>
            <translation>{name} konnte nicht gelesen werden: Der Leseprozess wurde beendet (Exit-Code {code}). Es wurde nichts importiert.</translation>
        </message>
        <message>
            <source>therapy {name} ({key}) clashes with {other} ({other_key}) in this journal</source>
            <translation>Therapie {name} ({key}) kollidiert mit {other} ({other_key}) in diesem Tagebuch</translation>
        </message>
        <message>
            <source>your notes on {name} (the file's notes differ)</source>
            <translation>Ihre Notizen zu {name} (die Notizen der Datei weichen ab)</translation>
        </message>
        <message>
            <source>therapy: {key} is not a therapy of this journal and the file does not define it</source>
            <translation>Therapie: {key} ist keine Therapie dieses Tagebuchs, und die Datei legt sie nicht fest</translation>
        </message>
        <message>
            <source>marked period {label}: therapy {key} is not a therapy of this journal and the file does not define it</source>
            <translation>markierter Zeitraum {label}: Therapie {key} ist keine Therapie dieses Tagebuchs, und die Datei legt sie nicht fest</translation>
        </message>
        <message>
            <source>therapy course: therapy {key} is not a therapy of this journal and the file does not define it</source>
            <translation>Therapiekurs: Therapie {key} ist keine Therapie dieses Tagebuchs, und die Datei legt sie nicht fest</translation>
        </message>
        <message>
            <source>this journal's own identity (the file's is not a valid one)</source>
            <translation>die eigene Identität dieses Tagebuchs (die der Datei ist ungültig)</translation>
        </message>
        <message>
            <source>this journal's own identity (the file comes from another journal)</source>
            <translation>die eigene Identität dieses Tagebuchs (die Datei stammt aus einem anderen Tagebuch)</translation>
        </message>
        <message>
            <source>your setting {key} (the file has another value)</source>
            <translation>Ihre Einstellung {key} (die Datei hat einen anderen Wert)</translation>
        </message>
        <message>
            <source>factor {name} ({key}) clashes with {other} ({other_key}) in this journal</source>
            <translation>Faktor {name} ({key}) kollidiert mit {other} ({other_key}) in diesem Tagebuch</translation>
        </message>
        <message>
            <source>factor value: {key} is not a factor of this journal and the file does not define it</source>
            <translation>Faktorwert: {key} ist kein Faktor dieses Tagebuchs, und die Datei legt ihn nicht fest</translation>
        </message>
        <message>
            <source>factor value: {name} on {day} is {value}; allowed: 1 (yes) or 0 (no)</source>
            <translation>Faktorwert: {name} am {day} ist {value}; erlaubt: 1 (ja) oder 0 (nein)</translation>
        </message>
        <message>
            <source>Choose how to treat ratings that are not on the 0-10 scale first: {names}.</source>
            <translation>Wählen Sie zuerst, was mit Bewertungen geschehen soll, die nicht auf der Skala 0-10 liegen: {names}.</translation>
        </message>
        <message>
            <source>{name} has {rows} rows; at most {max_rows} can be imported at once. Split the file.</source>
            <translation>{name} hat {rows} Zeilen; höchstens {max_rows} können auf einmal importiert werden. Teilen Sie die Datei auf.</translation>
        </message>
        <message>
            <source>{name} is a FHIR bundle; BackJournal writes FHIR for physicians' systems but imports its own JSON or CSV, and Bearable, Daylio or Flaredown CSV.</source>
            <translation>{name} ist ein FHIR-Bundle; BackJournal schreibt FHIR für die Systeme von Praxen, importiert aber sein eigenes JSON oder CSV sowie CSV von Bearable, Daylio oder Flaredown.</translation>
        </message>
        <message>
            <source>{name} is JSON but not a BackJournal journal; allowed: {allowed}.</source>
            <translation>{name} ist JSON, aber kein BackJournal-Tagebuch; erlaubt: {allowed}.</translation>
        </message>
        <message>
            <source>{name} is not a format BackJournal can import; allowed: {allowed} (or name one with --format).</source>
            <translation>{name} ist in keinem Format, das BackJournal importieren kann; erlaubt: {allowed} (oder eines mit --format angeben).</translation>
        </message>
        <message>
            <source>{name} is not valid JSON: {message} at line {line}, column {column}.</source>
            <translation>{name} ist kein gültiges JSON: {message} in Zeile {line}, Spalte {column}.</translation>
        </message>
        <message>
            <source>{name} cannot be read as JSON ({error}).</source>
            <translation>{name} kann nicht als JSON gelesen werden ({error}).</translation>
        </message>
        <message>
            <source>{name} is JSON but not a BackJournal journal (no "format": "{tag}").</source>
            <translation>{name} ist JSON, aber kein BackJournal-Tagebuch (kein "format": "{tag}").</translation>
        </message>
        <message>
            <source>{name}: "version" must be a whole number from 1; found {version}.</source>
            <translation>{name}: "version" muss eine ganze Zahl ab 1 sein; gefunden: {version}.</translation>
        </message>
        <message>
            <source>{name} was written by a newer BackJournal (format version {version}; this one reads up to {supported}). Install the newer version to import it.</source>
            <translation>{name} wurde von einem neueren BackJournal geschrieben (Formatversion {version}; dieses liest bis {supported}). Installieren Sie die neuere Version, um sie zu importieren.</translation>
        </message>
        <message>
            <source>{name} has {total} records; at most {max} can be imported at once.</source>
            <translation>{name} hat {total} Datensätze; höchstens {max} können auf einmal importiert werden.</translation>
        </message>
        <message numerus="yes">
            <source>{source} has %n invalid rows, so nothing was imported: {first}{more}</source>
            <translation>
                <numerusform>{source} hat %n ungültige Zeile, daher wurde nichts importiert: {first}{more}</numerusform>
                <numerusform>{source} hat %n ungültige Zeilen, daher wurde nichts importiert: {first}{more}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>time of day {placed} (%n rows)</source>
            <translation>
                <numerusform>Tageszeit {placed} (%n Zeile)</numerusform>
                <numerusform>Tageszeit {placed} (%n Zeilen)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name} ({kind}, %n days)</source>
            <extracomment>factor key -&gt; Factor (key, day) -&gt; (moment, value)</extracomment>
            <translation>
                <numerusform>{name} ({kind}, %n Tag)</numerusform>
                <numerusform>{name} ({kind}, %n Tage)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n treatment cells marked not taken (nothing to import)</source>
            <translation>
                <numerusform>%n Behandlungszelle als nicht genommen markiert (nichts zu importieren)</numerusform>
                <numerusform>%n Behandlungszellen als nicht genommen markiert (nichts zu importieren)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pain entries</source>
            <extracomment>Formats ``import`` understands; ``--format`` takes these names. Marked periods of the file whose uid the journal does not have yet. Therapy courses and personal trials of the file (JSON) whose uid the journal does not have yet. Own factors to add / built-in factors to turn on, and factor values for days without one.</extracomment>
            <translation>
                <numerusform>%n Schmerzeintrag</numerusform>
                <numerusform>%n Schmerzeinträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n therapy sessions</source>
            <translation>
                <numerusform>%n Therapiesitzung</numerusform>
                <numerusform>%n Therapiesitzungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n PEG check-ins</source>
            <translation>
                <numerusform>%n PEG-Abfrage</numerusform>
                <numerusform>%n PEG-Abfragen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>your own factor values on %n days (the file has other values)</source>
            <translation>
                <numerusform>Ihre eigenen Faktorwerte an %n Tag (die Datei hat andere Werte)</numerusform>
                <numerusform>Ihre eigenen Faktorwerte an %n Tagen (die Datei hat andere Werte)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>No file chosen. BackJournal CSV or JSON, or a Bearable, Daylio or Flaredown CSV export.</source>
            <translation>Keine Datei gewählt. BackJournal-CSV oder -JSON, oder ein CSV-Export aus Bearable, Daylio oder Flaredown.</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Datei wählen…</translation>
        </message>
        <message>
            <source>Ratings on a 0–4 scale</source>
            <translation>Bewertungen auf einer Skala von 0–4</translation>
        </message>
        <message>
            <source>Convert to 0–10</source>
            <translation>In 0–10 umrechnen</translation>
        </message>
        <message>
            <source>Do not import them</source>
            <translation>Nicht importieren</translation>
        </message>
        <message>
            <source>What the file holds</source>
            <translation>Was die Datei enthält</translation>
        </message>
        <message>
            <source>What the file holds will show here before anything is imported.</source>
            <translation>Was die Datei enthält, erscheint hier, bevor etwas importiert wird.</translation>
        </message>
        <message>
            <source>Import from</source>
            <translation>Importieren aus</translation>
        </message>
        <message>
            <source>CSV or JSON (*.csv *.json);;All files (*)</source>
            <translation>CSV oder JSON (*.csv *.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>File: {path}</source>
            <translation>Datei: {path}</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Die Datei wird gelesen…</translation>
        </message>
        <message>
            <source>Fix these rows (or export the file again) and try once more:</source>
            <translation>Berichtigen Sie diese Zeilen (oder exportieren Sie die Datei erneut) und versuchen Sie es noch einmal:</translation>
        </message>
        <message>
            <source>This file cannot be imported. Nothing was imported.

{exc}</source>
            <translation>Diese Datei kann nicht importiert werden. Es wurde nichts importiert.

{exc}</translation>
        </message>
        <message>
            <source>
BackJournal never stretches a scale without asking. Choose:</source>
            <translation>
BackJournal streckt eine Skala nie, ohne zu fragen. Wählen Sie:</translation>
        </message>
        <message>
            <source>Choose what to do with the 0–4 ratings above to continue.</source>
            <translation>Wählen Sie, was mit den 0–4-Bewertungen oben geschehen soll, um fortzufahren.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Wird importiert…</translation>
        </message>
        <message numerus="yes">
            <source>This file cannot be imported: %n rows are not valid. Nothing was imported.</source>
            <translation>
                <numerusform>Diese Datei kann nicht importiert werden: %n Zeile ist ungültig. Es wurde nichts importiert.</numerusform>
                <numerusform>Diese Datei kann nicht importiert werden: %n Zeilen sind ungültig. Es wurde nichts importiert.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Init</name>
        <message>
            <source>{APP_NAME}: a private journal for back pain. With no command, opens the window.</source>
            <translation>{APP_NAME}: ein privates Tagebuch für Rückenschmerzen. Ohne Befehl öffnet sich das Fenster.</translation>
        </message>
        <message>
            <source>--data-dir: {str!r} is a file, not a folder; allowed: the journal's folder (or a folder to create)</source>
            <translation>--data-dir: {str!r} ist eine Datei, kein Ordner; erlaubt: der Ordner des Tagebuchs (oder ein Ordner, der angelegt wird)</translation>
        </message>
        <message>
            <source>--data-dir: {str!r} is a file, not a folder; allowed: the journal's folder</source>
            <translation>--data-dir: {str!r} ist eine Datei, kein Ordner; erlaubt: der Ordner des Tagebuchs</translation>
        </message>
        <message>
            <source>error: {exc}</source>
            <translation>Fehler: {exc}</translation>
        </message>
        <message>
            <source>error: {exc} {hint}</source>
            <translation>Fehler: {exc} {hint}</translation>
        </message>
        <message>
            <source>interrupted (Ctrl+C); nothing was half-saved</source>
            <translation>abgebrochen (Strg+C); nichts wurde halb gespeichert</translation>
        </message>
        <message>
            <source>stopped (SIGTERM); nothing was half-saved</source>
            <translation>beendet (SIGTERM); nichts wurde halb gespeichert</translation>
        </message>
        <message>
            <source>unexpected error ({name}): {exc} (set BACKJOURNAL_DEBUG=1 for details)</source>
            <translation>unerwarteter Fehler ({name}): {exc} (BACKJOURNAL_DEBUG=1 setzen für Einzelheiten)</translation>
        </message>
        <message>
            <source>error: argument {position} ({arg!r}) contains a NUL character; allowed: text without NUL</source>
            <translation>Fehler: Argument {position} ({arg!r}) enthält ein NUL-Zeichen; erlaubt: Text ohne NUL</translation>
        </message>
        <message>
            <source>error: argument {position} ({shown!r}) is not valid UTF-8 text; allowed: text in UTF-8 (check the terminal's or the script's encoding)</source>
            <translation>Fehler: Argument {position} ({shown!r}) ist kein gültiger UTF-8-Text; erlaubt: Text in UTF-8 (prüfen Sie die Kodierung des Terminals oder des Skripts)</translation>
        </message>
        <message>
            <source>no command given</source>
            <translation>kein Befehl angegeben</translation>
        </message>
    </context>
    <context>
        <name>Insight</name>
        <message>
            <source>high</source>
            <extracomment>0-10 factors: the median the days were split at, and the rank correlation the daily means behind each side (for the small charts)</extracomment>
            <translation>mit hohem Wert</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>mit „Ja“</translation>
        </message>
        <message>
            <source>with</source>
            <translation>mit</translation>
        </message>
        <message>
            <source>low</source>
            <translation>mit niedrigem Wert</translation>
        </message>
        <message>
            <source>“no”</source>
            <translation>mit „Nein“</translation>
        </message>
        <message>
            <source>without</source>
            <translation>ohne</translation>
        </message>
        <message>
            <source>Days with {name}</source>
            <translation>Tage mit {name}</translation>
        </message>
        <message>
            <source>“Yes” days for {name}</source>
            <translation>„Ja“-Tage für {name}</translation>
        </message>
        <message>
            <source> (above {fmt})</source>
            <translation> (über {fmt})</translation>
        </message>
        <message>
            <source>Days of high {name}{split}</source>
            <translation>Tage mit hohem Wert für {name}{split}</translation>
        </message>
        <message>
            <source> the next day</source>
            <translation> am nächsten Tag</translation>
        </message>
        <message>
            <source>{days}{when}: too few days to compare ({days_with} {with_label}, {days_without} {value}; at least {MIN_DAYS_EACH} each are needed).</source>
            <translation>{days}{when}: zu wenige Tage für einen Vergleich ({days_with} {with_label}, {days_without} {value}; mindestens {MIN_DAYS_EACH} von jedem sind nötig).</translation>
        </message>
        <message>
            <source>{days}: pain did not vary enough on these days to compare.</source>
            <translation>{days}: Der Schmerz schwankte an diesen Tagen nicht genug für einen Vergleich.</translation>
        </message>
        <message>
            <source>lower</source>
            <translation>niedrigerem</translation>
        </message>
        <message>
            <source>higher</source>
            <translation>höherem</translation>
        </message>
        <message>
            <source>{days} went with about the same pain{when} as days {other}</source>
            <translation>{days} gingen{when} mit etwa gleichem Schmerz einher wie Tage {other}</translation>
        </message>
        <message>
            <source>{days} went with {size:.1f} points {way} pain{when} than days {other}</source>
            <translation>{days} gingen{when} mit um {size:.1f} Punkte {way} Schmerz einher als Tage {other}</translation>
        </message>
        <message>
            <source> (95 % interval {signed} to {signed2}; {days_with} days {with_label}, {days_without} {other}).</source>
            <translation> (95-%-Intervall {signed} bis {signed2}; {days_with} Tage {with_label}, {days_without} {other}).</translation>
        </message>
        <message>
            <source> Unlikely to be chance alone (q {q}).</source>
            <translation> Unwahrscheinlich, dass es nur Zufall ist (q {q}).</translation>
        </message>
        <message>
            <source> Could be chance (q {q}).</source>
            <translation> Könnte Zufall sein (q {q}).</translation>
        </message>
    </context>
    <context>
        <name>InsightRow</name>
        <message>
            <source>the next day</source>
            <translation>am nächsten Tag</translation>
        </message>
        <message>
            <source>the same day</source>
            <translation>am selben Tag</translation>
        </message>
        <message>
            <source>therapy</source>
            <translation>Therapie</translation>
        </message>
        <message>
            <source>yes/no factor</source>
            <translation>Ja/Nein-Faktor</translation>
        </message>
        <message>
            <source>0–10 factor</source>
            <translation>0–10-Faktor</translation>
        </message>
        <message>
            <source>Unlikely to be chance alone</source>
            <translation>Unwahrscheinlich, dass es nur Zufall ist</translation>
        </message>
        <message>
            <source>Could be chance</source>
            <translation>Könnte Zufall sein</translation>
        </message>
        <message>
            <source>{name} — pain {when} · {reading}</source>
            <translation>{name} — Schmerz {when} · {reading}</translation>
        </message>
        <message>
            <source>{name}, {what}, pain {when}: {reading}</source>
            <translation>{name}, {what}, Schmerz {when}: {reading}</translation>
        </message>
        <message>
            <source>Rank correlation with pain: {rho}</source>
            <translation>Rangkorrelation mit dem Schmerz: {rho}</translation>
        </message>
    </context>
    <context>
        <name>Insights</name>
        <message>
            <source>“Went with” means only that your pain was lower or higher on those days on average. It is not the same as causing it: something else can drive both (a bad week can spoil sleep and raise pain), the pain can come first (a painful day makes you skip the walk), and you may choose a therapy on the days that are already bad.</source>
            <extracomment>fewest days on each side for a comparison (and pairs for a rank correlation: 2 x this) Benjamini-Hochberg q below which a difference is worded as unlikely to be chance alone</extracomment>
            <translation>„Ging einher mit“ bedeutet nur, dass Ihr Schmerz an diesen Tagen im Mittel niedriger oder höher war. Es ist nicht dasselbe, wie ihn zu verursachen: Etwas anderes kann beides bewirken (eine schlechte Woche kann den Schlaf verderben und den Schmerz erhöhen), der Schmerz kann zuerst da sein (an einem schmerzhaften Tag lassen Sie den Spaziergang aus), und vielleicht wählen Sie eine Therapie gerade an den Tagen, die schon schlecht sind.</translation>
        </message>
        <message>
            <source>“Could be chance”: after allowing for how many comparisons were made (Benjamini–Hochberg), a difference this size turns up often enough in numbers with no link at all.</source>
            <translation>„Könnte Zufall sein“: Berücksichtigt man, wie viele Vergleiche gemacht wurden (Benjamini–Hochberg), tritt ein Unterschied dieser Größe oft genug auch in Zahlen ganz ohne Zusammenhang auf.</translation>
        </message>
        <message>
            <source>For 0–10 factors, “high” days are those above the median of the days compared and “low” days those at or below it; the rank correlation uses every value.</source>
            <translation>Bei 0–10-Faktoren sind Tage „mit hohem Wert“ die über dem Median der verglichenen Tage und Tage „mit niedrigem Wert“ die auf oder unter ihm; die Rangkorrelation verwendet jeden Wert.</translation>
        </message>
    </context>
    <context>
        <name>InsightsCmds</name>
        <message>
            <source>therapy</source>
            <translation>Therapie</translation>
        </message>
        <message>
            <source>0-10</source>
            <translation>0-10</translation>
        </message>
        <message>
            <source>yes/no</source>
            <translation>ja/nein</translation>
        </message>
        <message>
            <source>What went with better or worse days, {start} to {end} ({comparisons} comparisons)</source>
            <translation>Was mit besseren oder schlechteren Tagen einherging, {start} bis {end} ({comparisons} Vergleiche)</translation>
        </message>
        <message>
            <source>Nothing to compare yet: log pain on most days, and your therapy sessions or factors.</source>
            <translation>Noch nichts zu vergleichen: Tragen Sie an den meisten Tagen Ihren Schmerz ein, dazu Ihre Therapiesitzungen oder Faktoren.</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>lag</source>
            <translation>Versatz</translation>
        </message>
        <message>
            <source>with</source>
            <translation>mit</translation>
        </message>
        <message>
            <source>w/o</source>
            <translation>ohne</translation>
        </message>
        <message>
            <source>diff</source>
            <translation>Diff.</translation>
        </message>
        <message>
            <source>95 % interval</source>
            <translation>95-%-Intervall</translation>
        </message>
        <message>
            <source>{ci_low:+.1f} to {ci_high:+.1f}</source>
            <translation>{ci_low:+.1f} bis {ci_high:+.1f}</translation>
        </message>
        <message>
            <source>too few days</source>
            <translation>zu wenige Tage</translation>
        </message>
        <message>
            <source>no spread</source>
            <translation>keine Streuung</translation>
        </message>
    </context>
    <context>
        <name>InsightsPage</name>
        <message>
            <source>What went with better or worse days</source>
            <translation>Was mit besseren oder schlechteren Tagen einherging</translation>
        </message>
        <message>
            <source>Too few days to compare: each therapy or factor needs at least 5 days with and 5 without it, on days with a pain score.</source>
            <translation>Zu wenige Tage für einen Vergleich: Jede Therapie und jeder Faktor braucht mindestens 5 Tage mit und 5 ohne, an Tagen mit einem Schmerzwert.</translation>
        </message>
        <message>
            <source>Mean daily pain on days with against days without each therapy (yes/no factors: yes against no; 0–10 factors: high against low), the same day and the next day, with the 95 % interval of the difference (Welch). All {comparisons} comparisons were adjusted together (Benjamini–Hochberg q); only q &lt; {Q_LIKELY} is read as unlikely to be chance alone. </source>
            <translation>Mittlerer täglicher Schmerz an Tagen mit gegenüber Tagen ohne die jeweilige Therapie (Ja/Nein-Faktoren: ja gegenüber nein; 0–10-Faktoren: hoch gegenüber niedrig), am selben und am nächsten Tag, mit dem 95-%-Intervall des Unterschieds (Welch). Alle {comparisons} Vergleiche wurden gemeinsam angepasst (Benjamini–Hochberg q); nur q &lt; {Q_LIKELY} wird als unwahrscheinlich nur Zufall gelesen. </translation>
        </message>
        <message>
            <source> (high)</source>
            <translation> (hoch)</translation>
        </message>
        <message>
            <source>next day</source>
            <translation>nächster Tag</translation>
        </message>
        <message>
            <source>same day</source>
            <translation>selber Tag</translation>
        </message>
        <message>
            <source>{mean_with:.1f} vs {mean_without:.1f}</source>
            <translation>{mean_with:.1f} gegenüber {mean_without:.1f}</translation>
        </message>
        <message>
            <source>{signed} ({signed2} to {signed3})</source>
            <translation>{signed} ({signed2} bis {signed3})</translation>
        </message>
        <message>
            <source>unlikely chance</source>
            <translation>unwahrscheinlich Zufall</translation>
        </message>
        <message>
            <source>could be chance</source>
            <translation>könnte Zufall sein</translation>
        </message>
        <message>
            <source>With</source>
            <translation>Mit</translation>
        </message>
        <message>
            <source>Pain on</source>
            <translation>Schmerz am</translation>
        </message>
        <message>
            <source>Days with / without</source>
            <translation>Tage mit / ohne</translation>
        </message>
        <message>
            <source>Mean pain</source>
            <translation>Mittlerer Schmerz</translation>
        </message>
        <message>
            <source>Difference (95 %)</source>
            <translation>Unterschied (95 %)</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Lesart</translation>
        </message>
        <message>
            <source>{left} more comparisons with weaker evidence are not listed.</source>
            <translation>{left} weitere Vergleiche mit schwächeren Hinweisen sind nicht aufgeführt.</translation>
        </message>
        <message>
            <source>{skipped} comparisons had too few days (fewer than 5 on a side) and are left out.</source>
            <translation>{skipped} Vergleiche hatten zu wenige Tage (weniger als 5 auf einer Seite) und sind weggelassen.</translation>
        </message>
    </context>
    <context>
        <name>InsightsView</name>
        <message>
            <source>Last 30 days</source>
            <translation>Letzte 30 Tage</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>Letzte 90 Tage</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Letztes Jahr</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Nothing to compare yet. Insights compare your daily pain on days with and without each therapy (and each factor you log), so they need a pain score on most days and at least {least} days with and {least} days without each one. Log your pain on Today, your therapy sessions and your factors, and come back here.</source>
            <translation>Noch nichts zu vergleichen. Zusammenhänge vergleichen Ihren täglichen Schmerz an Tagen mit und ohne jede Therapie (und jeden Faktor, den Sie eintragen); dafür braucht es an den meisten Tagen einen Schmerzwert und mindestens {least} Tage mit und {least} Tage ohne jede davon. Tragen Sie Ihren Schmerz unter Heute ein, dazu Ihre Therapiesitzungen und Faktoren, und kommen Sie dann wieder hierher.</translation>
        </message>
        <message>
            <source>low</source>
            <translation>mit niedrigem Wert</translation>
        </message>
        <message>
            <source>without</source>
            <translation>ohne</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Zeitraum:</translation>
        </message>
        <message>
            <source>Period compared</source>
            <translation>Verglichener Zeitraum</translation>
        </message>
        <message>
            <source>What “went with” and “could be chance” mean</source>
            <translation>Was „ging einher mit“ und „könnte Zufall sein“ bedeuten</translation>
        </message>
        <message>
            <source>Comparing your days…</source>
            <translation>Ihre Tage werden verglichen…</translation>
        </message>
        <message>
            <source>Charts: the difference in points (dot) and its 95 % interval (line), from −{span:.0f} to +{span:.0f}; left of the dashed 0 is lower pain. Green or orange: unlikely to be chance alone; grey: could be chance.</source>
            <translation>Diagramme: der Unterschied in Punkten (Punkt) und sein 95-%-Intervall (Linie), von −{span:.0f} bis +{span:.0f}; links der gestrichelten 0 ist geringerer Schmerz. Grün oder orange: unwahrscheinlich, dass es nur Zufall ist; grau: könnte Zufall sein.</translation>
        </message>
        <message>
            <source>Too few days to compare yet: </source>
            <translation>Noch zu wenige Tage zum Vergleichen: </translation>
        </message>
        <message>
            <source>{period}: {len} comparisons, {len2} unlikely to be chance alone.</source>
            <translation>{period}: {len} Vergleiche, {len2} davon unwahrscheinlich nur Zufall.</translation>
        </message>
    </context>
    <context>
        <name>IntervalBar</name>
        <message>
            <source>Difference {difference} points, 95 % interval {lo} to {hi}</source>
            <translation>Unterschied {difference} Punkte, 95-%-Intervall {lo} bis {hi}</translation>
        </message>
    </context>
    <context>
        <name>JournalCmds</name>
        <message>
            <source>move records to the trash</source>
            <translation>Datensätze in den Papierkorb verschieben</translation>
        </message>
        <message>
            <source>bring records back from the trash</source>
            <translation>Datensätze aus dem Papierkorb zurückholen</translation>
        </message>
        <message>
            <source>logged pain {score}/10{scored} at {isoformat} (id {id})</source>
            <translation>Schmerz {score}/10{scored} um {isoformat} eingetragen (ID {id})</translation>
        </message>
        <message>
            <source>a whole number of minutes from 0 to {MAX_MINUTES}</source>
            <translation>eine ganze Zahl von Minuten von 0 bis {MAX_MINUTES}</translation>
        </message>
        <message>
            <source>logged {name} at {isoformat} (id {id})</source>
            <translation>{name} um {isoformat} eingetragen (ID {id})</translation>
        </message>
        <message>
            <source>PEG pain</source>
            <translation>PEG Schmerz</translation>
        </message>
        <message>
            <source>PEG enjoyment of life</source>
            <translation>PEG Lebensfreude</translation>
        </message>
        <message>
            <source>PEG general activity</source>
            <translation>PEG allgemeine Aktivität</translation>
        </message>
        <message>
            <source>logged PEG {pain}/{enjoyment}/{activity}, score {score:.1f} (id {id})</source>
            <translation>PEG {pain}/{enjoyment}/{activity} eingetragen, Wert {score:.1f} (ID {id})</translation>
        </message>
        <message>
            <source>The journal has no entries in this period.</source>
            <translation>Das Tagebuch hat in diesem Zeitraum keine Einträge.</translation>
        </message>
        <message>
            <source> (back-dated)</source>
            <translation> (nachgetragen)</translation>
        </message>
        <message>
            <source>{when}  pain     #{id:&lt;5} {score:&gt;2}/10  {where}{mark}{note}</source>
            <translation>{when}  Schmerz  #{id:&lt;5} {score:&gt;2}/10  {where}{mark}{note}</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} Min.</translation>
        </message>
        <message>
            <source>pain {dash} -&gt; {dash2}</source>
            <translation>Schmerz {dash} -&gt; {dash2}</translation>
        </message>
        <message>
            <source>{when}  session  #{id:&lt;5} </source>
            <translation>{when}  Sitzung  #{id:&lt;5} </translation>
        </message>
        <message>
            <source>{when}  PEG      #{id:&lt;5} {pain}/{enjoyment}/{activity}, score {score:.1f}{note}</source>
            <translation>{when}  PEG      #{id:&lt;5} {pain}/{enjoyment}/{activity}, Wert {score:.1f}{note}</translation>
        </message>
        <message>
            <source>added therapy type {name!r} (key {key})</source>
            <translation>Therapieart {name!r} hinzugefügt (Schlüssel {key})</translation>
        </message>
        <message>
            <source>your own</source>
            <translation>eigene</translation>
        </message>
        <message>
            <source>built-in</source>
            <translation>eingebaut</translation>
        </message>
        <message>
            <source>whole-number record ids (see 'backjournal list')</source>
            <translation>ganzzahlige Datensatz-IDs (siehe 'backjournal list')</translation>
        </message>
        <message>
            <source>already in the trash</source>
            <translation>bereits im Papierkorb</translation>
        </message>
        <message>
            <source>not in the trash (see 'backjournal trash')</source>
            <translation>nicht im Papierkorb (siehe 'backjournal trash')</translation>
        </message>
        <message>
            <source>{kind} record {join} is {where}; nothing was changed</source>
            <translation>{kind}-Datensatz {join} ist {where}; es wurde nichts verändert</translation>
        </message>
        <message>
            <source>moved to the trash</source>
            <translation>in den Papierkorb verschoben</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>wiederhergestellt</translation>
        </message>
        <message>
            <source>{len} {kind} record(s) {verb}</source>
            <translation>{len} {kind}-Datensätze: {verb}</translation>
        </message>
    </context>
    <context>
        <name>JournalMissingDialog</name>
        <message>
            <source>Your journal was not found</source>
            <translation>Ihr Tagebuch wurde nicht gefunden</translation>
        </message>
        <message>
            <source>BackJournal expected your journal here, where it was before:
{journal_path}

It may be on a drive that is not connected, or it was moved or deleted. BackJournal did not create a new, empty journal in its place, so nothing is hidden or overwritten.</source>
            <translation>BackJournal hat Ihr Tagebuch hier erwartet, wo es vorher war:
{journal_path}

Vielleicht liegt es auf einem Laufwerk, das nicht angeschlossen ist, oder es wurde verschoben oder gelöscht. BackJournal hat an seiner Stelle kein neues, leeres Tagebuch angelegt, also ist nichts verdeckt oder überschrieben.</translation>
        </message>
        <message>
            <source>Locate the journal file to bring it back here (it is copied and checked; the file you choose is not changed), restore one of its backups, or start a new journal if that is what you want.</source>
            <translation>Suchen Sie die Tagebuchdatei, um sie hierher zurückzuholen (sie wird kopiert und geprüft; die gewählte Datei wird nicht verändert), stellen Sie eine seiner Sicherungen wieder her, oder beginnen Sie ein neues Tagebuch, wenn Sie das möchten.</translation>
        </message>
        <message>
            <source>&amp;Locate journal…</source>
            <translation>Tagebuch &amp;suchen…</translation>
        </message>
        <message>
            <source>&amp;Restore a backup…</source>
            <translation>Eine Sicherung &amp;wiederherstellen…</translation>
        </message>
        <message>
            <source>Start a &amp;new journal</source>
            <translation>Ein &amp;neues Tagebuch beginnen</translation>
        </message>
        <message>
            <source>This file cannot be used</source>
            <translation>Diese Datei kann nicht verwendet werden</translation>
        </message>
        <message>
            <source>Nothing was changed. Choose another file.</source>
            <translation>Es wurde nichts verändert. Wählen Sie eine andere Datei.</translation>
        </message>
        <message>
            <source>Start a new journal?</source>
            <translation>Ein neues Tagebuch beginnen?</translation>
        </message>
        <message>
            <source>Start a new, empty journal at {journal_path}?</source>
            <translation>Ein neues, leeres Tagebuch unter {journal_path} beginnen?</translation>
        </message>
        <message>
            <source>The backups of your old journal stay in {folder}.</source>
            <translation>Die Sicherungen Ihres alten Tagebuchs bleiben in {folder}.</translation>
        </message>
        <message>
            <source>Start a new journal</source>
            <translation>Neues Tagebuch beginnen</translation>
        </message>
    </context>
    <context>
        <name>JournalMove</name>
        <message>
            <source>Move the journal to which folder?</source>
            <translation>In welchen Ordner soll das Tagebuch?</translation>
        </message>
        <message>
            <source>A risky folder for a journal</source>
            <translation>Ein riskanter Ordner für ein Tagebuch</translation>
        </message>
        <message>
            <source>Move it there anyway?</source>
            <translation>Trotzdem dorthin verschieben?</translation>
        </message>
        <message>
            <source>Move anyway</source>
            <translation>Trotzdem verschieben</translation>
        </message>
        <message>
            <source>Move the journal</source>
            <translation>Tagebuch verschieben</translation>
        </message>
        <message>
            <source>BackJournal will copy your journal to {target}, check the copy, and restart with it.</source>
            <translation>BackJournal kopiert Ihr Tagebuch nach {target}, prüft die Kopie und startet damit neu.</translation>
        </message>
        <message>
            <source>The old copy stays in {old} until you say it can go.</source>
            <translation>Die alte Kopie bleibt in {old}, bis Sie sagen, dass sie weg kann.</translation>
        </message>
        <message>
            <source>Copy and switch</source>
            <translation>Kopieren und wechseln</translation>
        </message>
        <message>
            <source>You start BackJournal with --data-dir or {DATA_DIR_ENV}: change it to {new_dir}, or it will open the old copy.</source>
            <translation>Sie starten BackJournal mit --data-dir oder {DATA_DIR_ENV}: Ändern Sie das auf {new_dir}, sonst öffnet es die alte Kopie.</translation>
        </message>
        <message>
            <source>Your journal has moved</source>
            <translation>Ihr Tagebuch ist umgezogen</translation>
        </message>
        <message>
            <source>Your journal is now in {new_dir}; all {n} records were checked in the copy. BackJournal restarts to use it.</source>
            <translation>Ihr Tagebuch liegt jetzt in {new_dir}; alle {n} Datensätze wurden in der Kopie geprüft. BackJournal startet neu, um es zu verwenden.</translation>
        </message>
        <message>
            <source>The old copy of your journal</source>
            <translation>Die alte Kopie Ihres Tagebuchs</translation>
        </message>
        <message>
            <source>Your journal now lives in {data_dir}. The old copy is still in {old}.</source>
            <translation>Ihr Tagebuch liegt jetzt in {data_dir}. Die alte Kopie ist noch in {old}.</translation>
        </message>
        <message>
            <source>Remove the old copy now? (Its backups were copied too.)</source>
            <translation>Die alte Kopie jetzt entfernen? (Ihre Sicherungen wurden mitkopiert.)</translation>
        </message>
        <message>
            <source>Remove the old copy</source>
            <translation>Alte Kopie entfernen</translation>
        </message>
        <message>
            <source>Keep it for now</source>
            <translation>Vorerst behalten</translation>
        </message>
        <message>
            <source>Removed the old copy in {old} ({len} files).</source>
            <translation>Die alte Kopie in {old} entfernt ({len} Dateien).</translation>
        </message>
    </context>
    <context>
        <name>JournalTableModel</name>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Logged</source>
            <translation>Eingetragen</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>Schmerz</translation>
        </message>
        <message>
            <source>PEG check-in</source>
            <translation>PEG-Abfrage</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} Min.</translation>
        </message>
        <message>
            <source>pain {pain}, enjoyment {enjoyment}, activity {activity}</source>
            <translation>Schmerz {pain}, Lebensfreude {enjoyment}, Aktivität {activity}</translation>
        </message>
        <message>
            <source>Logged {moment_text}, later than the moment it describes.</source>
            <translation>Eingetragen {moment_text}, später als der Zeitpunkt, den er beschreibt.</translation>
        </message>
    </context>
    <context>
        <name>JournalView</name>
        <message>
            <source>Everything</source>
            <extracomment>"Add therapy…" in the edit dialog's therapy picker (the window's, shared by every picker)</extracomment>
            <translation>Alles</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Letzte 30 Tage</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>Letzte 90 Tage</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Letztes Jahr</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Benutzerdefiniert</translation>
        </message>
        <message>
            <source>Pain entries</source>
            <translation>Schmerzeinträge</translation>
        </message>
        <message>
            <source>Therapy sessions</source>
            <translation>Therapiesitzungen</translation>
        </message>
        <message>
            <source>PEG check-ins</source>
            <translation>PEG-Abfragen</translation>
        </message>
        <message>
            <source>Search notes and details</source>
            <translation>Notizen und Details durchsuchen</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Von Datum</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Bis Datum</translation>
        </message>
        <message>
            <source>Show records of kind</source>
            <translation>Datensätze dieser Art zeigen</translation>
        </message>
        <message>
            <source>Therapy</source>
            <translation>Therapie</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Journal records</source>
            <translation>Tagebuch-Datensätze</translation>
        </message>
        <message>
            <source>All therapies</source>
            <translation>Alle Therapien</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n records in this period</source>
            <translation>
                <numerusform>{shown} von %n Datensatz in diesem Zeitraum</numerusform>
                <numerusform>{shown} von %n Datensätzen in diesem Zeitraum</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n records in this period</source>
            <translation>
                <numerusform>%n Datensatz in diesem Zeitraum</numerusform>
                <numerusform>%n Datensätze in diesem Zeitraum</numerusform>
            </translation>
        </message>
        <message>
            <source>No record in this period matches the filters. Clear the search or choose “Everything”.</source>
            <translation>Kein Datensatz in diesem Zeitraum passt zu den Filtern. Leeren Sie die Suche oder wählen Sie „Alles“.</translation>
        </message>
        <message>
            <source>Nothing in this period. Choose a longer period (“Everything” shows all your records).</source>
            <translation>Nichts in diesem Zeitraum. Wählen Sie einen längeren Zeitraum („Alles“ zeigt alle Ihre Datensätze).</translation>
        </message>
        <message>
            <source>Your journal is empty. Log how your pain is right now on the Today tab (Ctrl+1): press a number key, then Ctrl+Enter. Every entry then appears here, where you can edit or delete it.</source>
            <translation>Ihr Tagebuch ist leer. Tragen Sie unter Heute (Strg+1) ein, wie Ihr Schmerz gerade ist: Drücken Sie eine Zahltaste und dann Strg+Eingabe. Jeder Eintrag erscheint danach hier, wo Sie ihn bearbeiten oder löschen können.</translation>
        </message>
        <message>
            <source>Saved your changes. Undo with Ctrl+Z.</source>
            <translation>Ihre Änderungen sind gespeichert. Rückgängig mit Strg+Z.</translation>
        </message>
        <message>
            <source>Not saved: {exc}</source>
            <translation>Nicht gespeichert: {exc}</translation>
        </message>
        <message numerus="yes">
            <source>Moved %n records to the trash. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n Datensatz in den Papierkorb verschoben. Rückgängig mit Strg+Z.</numerusform>
                <numerusform>%n Datensätze in den Papierkorb verschoben. Rückgängig mit Strg+Z.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Locale</name>
        <message>
            <source>.</source>
            <comment>decimal separator</comment>
            <translation>,</translation>
        </message>
        <message>
            <source>{day} {month}</source>
            <comment>day and abbreviated month</comment>
            <translation>{day}. {month}</translation>
        </message>
        <message>
            <source>{month} {year}</source>
            <comment>abbreviated month and year</comment>
            <translation>{month} {year}</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <comment>day, month name and year</comment>
            <translation>{day}. {month} {year}</translation>
        </message>
        <message>
            <source>{year}-{month:02d}-{day:02d}</source>
            <comment>numeric date</comment>
            <translation>{day:02d}.{month:02d}.{year}</translation>
        </message>
    </context>
    <context>
        <name>LocationWarning</name>
        <message>
            <source>⚠ Journal in a {where} folder: risk of damage</source>
            <translation>⚠ Tagebuch in einem {where}-Ordner: Gefahr von Schäden</translation>
        </message>
        <message>
            <source>⚠ Journal on a network drive ({where}): risk of damage</source>
            <translation>⚠ Tagebuch auf einem Netzlaufwerk ({where}): Gefahr von Schäden</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Tagebuch</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Insights</source>
            <translation>Zusammenhänge</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>Infokarten</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Opening your journal…</source>
            <translation>Ihr Tagebuch wird geöffnet…</translation>
        </message>
        <message>
            <source>Journal: {path}</source>
            <extracomment>True from show_early_trends() until attach(): the light start's Trends tab is shown</extracomment>
            <translation>Tagebuch: {path}</translation>
        </message>
        <message>
            <source>Where your journal is stored on this computer</source>
            <translation>Wo Ihr Tagebuch auf diesem Computer gespeichert ist</translation>
        </message>
        <message>
            <source>Weekly &amp;PEG check-in…</source>
            <extracomment>"Add therapy…" in every therapy picker and on Preferences &gt; Therapies: one dialog, undoable</extracomment>
            <translation>Wöchentliche &amp;PEG-Abfrage…</translation>
        </message>
        <message>
            <source>Export &amp;chart…</source>
            <translation>&amp;Diagramm exportieren…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Trash…</source>
            <translation>&amp;Papierkorb…</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Therapy reference cards…</source>
            <translation>Infokarten zu Therapien…</translation>
        </message>
        <message>
            <source>About {APP_NAME}</source>
            <translation>Über {APP_NAME}</translation>
        </message>
        <message>
            <source>E&amp;xplore with sample data…</source>
            <translation>Mit Beispieldaten &amp;ausprobieren…</translation>
        </message>
        <message>
            <source>Open a separate journal of made-up entries to look around; yours stays as it is</source>
            <translation>Ein separates Tagebuch mit erfundenen Einträgen zum Umsehen öffnen; Ihres bleibt, wie es ist</translation>
        </message>
        <message>
            <source>Start my &amp;own journal</source>
            <translation>Mein &amp;eigenes Tagebuch beginnen</translation>
        </message>
        <message>
            <source>SAMPLE DATA: made up for trying BackJournal. Your own journal is not open (File &gt; {replace}).</source>
            <translation>BEISPIELDATEN: zum Ausprobieren von BackJournal erfunden. Ihr eigenes Tagebuch ist nicht geöffnet (Datei &gt; {replace}).</translation>
        </message>
        <message>
            <source>Sample journal: {path}</source>
            <translation>Beispieltagebuch: {path}</translation>
        </message>
        <message>
            <source>Saved your {what} as {path}</source>
            <translation>Gespeichert ({what}): {path}</translation>
        </message>
        <message>
            <source>Saved your PEG check-in. Undo with Ctrl+Z.</source>
            <translation>PEG-Abfrage gespeichert. Rückgängig mit Strg+Z.</translation>
        </message>
        <message>
            <source>Reference cards are not available in this build.</source>
            <translation>Infokarten sind in dieser Ausgabe nicht verfügbar.</translation>
        </message>
        <message>
            <source>{APP_NAME} {version}

A private journal for back pain. Your journal stays on this computer; BackJournal never connects to the internet.

It does not give medical advice and does not replace your clinician.</source>
            <translation>{APP_NAME} {version}

Ein privates Tagebuch für Rückenschmerzen. Ihr Tagebuch bleibt auf diesem Computer; BackJournal verbindet sich nie mit dem Internet.

Es gibt keinen medizinischen Rat und ersetzt nicht Ihre Ärztin oder Ihren Arzt.</translation>
        </message>
    </context>
    <context>
        <name>MarkPeriodDialog</name>
        <message>
            <source>Mark a period</source>
            <translation>Zeitraum markieren</translation>
        </message>
        <message>
            <source>A marked period is shaded on the trend chart, for example an acupuncture course or the weeks on a new medication.</source>
            <translation>Ein markierter Zeitraum wird im Verlaufsdiagramm schattiert, zum Beispiel ein Akupunkturkurs oder die Wochen mit einem neuen Medikament.</translation>
        </message>
        <message>
            <source>e.g. Acupuncture course</source>
            <translation>z. B. Akupunkturkurs</translation>
        </message>
        <message>
            <source>Optional: the period is shaded in that therapy's colour</source>
            <translation>Optional: Der Zeitraum wird in der Farbe dieser Therapie schattiert</translation>
        </message>
        <message>
            <source>Give the period a name (up to {NAME_MAX} characters).</source>
            <translation>Geben Sie dem Zeitraum einen Namen (bis zu {NAME_MAX} Zeichen).</translation>
        </message>
        <message>
            <source>The last day is before the first day ({date_text}). Choose a day on or after it.</source>
            <translation>Der letzte Tag liegt vor dem ersten Tag ({date_text}). Wählen Sie einen Tag an oder nach diesem.</translation>
        </message>
        <message>
            <source>{upper}{problem}. Allowed: {allowed}.</source>
            <translation>{upper}{problem}. Erlaubt: {allowed}.</translation>
        </message>
    </context>
    <context>
        <name>MarkedPeriodsDialog</name>
        <message>
            <source>Marked periods</source>
            <translation>Markierte Zeiträume</translation>
        </message>
        <message>
            <source>No marked periods yet. Mark a period to shade it on the trend chart.</source>
            <translation>Noch keine markierten Zeiträume. Markieren Sie einen Zeitraum, um ihn im Verlaufsdiagramm zu schattieren.</translation>
        </message>
        <message>
            <source>Removing a period can be undone with Ctrl+Z.</source>
            <translation>Das Entfernen eines Zeitraums lässt sich mit Strg+Z rückgängig machen.</translation>
        </message>
        <message>
            <source>&amp;Mark a period…</source>
            <translation>Zeitraum &amp;markieren…</translation>
        </message>
        <message>
            <source>&amp;Show on chart</source>
            <translation>Im Diagramm &amp;zeigen</translation>
        </message>
        <message>
            <source>Show the trend chart of this period</source>
            <translation>Das Verlaufsdiagramm dieses Zeitraums zeigen</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
    </context>
    <context>
        <name>MedicationCmds</name>
        <message>
            <source>added medication {name!r} ({drug_class}, key {key})</source>
            <translation>Medikament {name!r} hinzugefügt ({drug_class}, Schlüssel {key})</translation>
        </message>
        <message>
            <source>No medications yet; add one with 'backjournal medications --add NAME --class CLASS'.</source>
            <translation>Noch keine Medikamente; fügen Sie eines hinzu mit 'backjournal medications --add NAME --class KLASSE'.</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>noch keine</translation>
        </message>
        <message>
            <source> (last used: {name})</source>
            <translation> (zuletzt verwendet: {name})</translation>
        </message>
    </context>
    <context>
        <name>MomentEdit</name>
        <message>
            <source>Date and time</source>
            <translation>Datum und Uhrzeit</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Jetzt</translation>
        </message>
        <message>
            <source>Set to the current time</source>
            <translation>Auf die aktuelle Uhrzeit setzen</translation>
        </message>
        <message>
            <source>Set the date and time to now</source>
            <translation>Datum und Uhrzeit auf jetzt setzen</translation>
        </message>
    </context>
    <context>
        <name>Month</name>
        <message>
            <source>January</source>
            <extracomment>Languages with a catalogue, by code, in their own words (Preferences lists them; English is the source). Overrides the system language and the Preferences choice (tests, or a one-off run in another language).</extracomment>
            <translation>Januar</translation>
        </message>
        <message>
            <source>February</source>
            <translation>Februar</translation>
        </message>
        <message>
            <source>March</source>
            <translation>März</translation>
        </message>
        <message>
            <source>April</source>
            <translation>April</translation>
        </message>
        <message>
            <source>May</source>
            <translation>Mai</translation>
        </message>
        <message>
            <source>June</source>
            <translation>Juni</translation>
        </message>
        <message>
            <source>July</source>
            <translation>Juli</translation>
        </message>
        <message>
            <source>August</source>
            <translation>August</translation>
        </message>
        <message>
            <source>September</source>
            <translation>September</translation>
        </message>
        <message>
            <source>October</source>
            <translation>Oktober</translation>
        </message>
        <message>
            <source>November</source>
            <translation>November</translation>
        </message>
        <message>
            <source>December</source>
            <translation>Dezember</translation>
        </message>
    </context>
    <context>
        <name>MonthShort</name>
        <message>
            <source>Jan</source>
            <translation>Jan.</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>Feb.</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>März</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>Apr.</translation>
        </message>
        <message>
            <source>May</source>
            <translation>Mai</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>Juni</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>Juli</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>Aug.</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>Sept.</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>Okt.</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>Nov.</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>Dez.</translation>
        </message>
    </context>
    <context>
        <name>OneLineParser</name>
        <message>
            <source>{prog}: {message} (see '{prog} --help')</source>
            <translation>{prog}: {message} (siehe '{prog} --help')</translation>
        </message>
    </context>
    <context>
        <name>PainForm</name>
        <message>
            <source>How bad is the pain?</source>
            <translation>Wie stark ist der Schmerz?</translation>
        </message>
        <message>
            <source>Score each re&amp;gion</source>
            <translation>Jede Re&amp;gion bewerten</translation>
        </message>
        <message>
            <source>Give each chosen region its own 0-10 score (remembered)</source>
            <translation>Jeder gewählten Region einen eigenen Wert von 0 bis 10 geben (wird gemerkt)</translation>
        </message>
        <message>
            <source>Score each region</source>
            <translation>Jede Region bewerten</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <source>Each region</source>
            <translation>Jede Region</translation>
        </message>
        <message>
            <source>What it feels like</source>
            <translation>Wie er sich anfühlt</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Where the pain is</source>
            <translation>Wo der Schmerz ist</translation>
        </message>
        <message>
            <source>What the pain feels like</source>
            <translation>Wie sich der Schmerz anfühlt</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Encrypted journal</source>
            <translation>Verschlüsseltes Tagebuch</translation>
        </message>
        <message>
            <source>The journal in {journal_dir} is encrypted. Enter its passphrase to open it.</source>
            <translation>Das Tagebuch in {journal_dir} ist verschlüsselt. Geben Sie seine Passphrase ein, um es zu öffnen.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>That passphrase does not open this journal. Nothing was changed; try again.</source>
            <translation>Diese Passphrase öffnet dieses Tagebuch nicht. Es wurde nichts verändert; versuchen Sie es noch einmal.</translation>
        </message>
    </context>
    <context>
        <name>PdfReport</name>
        <message>
            <source>no scores</source>
            <translation>keine Werte</translation>
        </message>
        <message>
            <source>n = {n}: too few to mean anything</source>
            <translation>n = {n}: zu wenige, um etwas zu bedeuten</translation>
        </message>
    </context>
    <context>
        <name>Peg</name>
        <message>
            <source>Average pain</source>
            <translation>Durchschnittlicher Schmerz</translation>
        </message>
        <message>
            <source>Enjoyment of life</source>
            <translation>Lebensfreude</translation>
        </message>
        <message>
            <source>General activity</source>
            <translation>Allgemeine Aktivität</translation>
        </message>
        <message>
            <source>PEG score (mean of the three)</source>
            <translation>PEG-Wert (Mittel der drei)</translation>
        </message>
        <message>
            <source>No PEG check-in in this period</source>
            <translation>Keine PEG-Abfrage in diesem Zeitraum</translation>
        </message>
        <message>
            <source>PEG (0–10)</source>
            <translation>PEG (0–10)</translation>
        </message>
        <message>
            <source>1 check-in: {score:.1f} on {day}</source>
            <translation>1 Abfrage: {score:.1f} am {day}</translation>
        </message>
        <message numerus="yes">
            <source>%n check-ins, first {first:.1f} ({first_day}), latest {last:.1f} ({last_day})</source>
            <translation>
                <numerusform>%n Abfrage, erste {first:.1f} ({first_day}), letzte {last:.1f} ({last_day})</numerusform>
                <numerusform>%n Abfragen, erste {first:.1f} ({first_day}), letzte {last:.1f} ({last_day})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PegDialog</name>
        <message>
            <source>Weekly PEG check-in</source>
            <translation>Wöchentliche PEG-Abfrage</translation>
        </message>
        <message>
            <source>Three questions about the past week. Your PEG score is the average of the three answers.</source>
            <translation>Drei Fragen zur vergangenen Woche. Ihr PEG-Wert ist der Durchschnitt der drei Antworten.</translation>
        </message>
        <message>
            <source>PEG score</source>
            <translation>PEG-Wert</translation>
        </message>
        <message>
            <source>Your PEG score: answer all three questions ({answered} of 3 answered).</source>
            <translation>Ihr PEG-Wert: Beantworten Sie alle drei Fragen ({answered} von 3 beantwortet).</translation>
        </message>
        <message>
            <source>Your PEG score: {score:.1f} of 10.</source>
            <translation>Ihr PEG-Wert: {score:.1f} von 10.</translation>
        </message>
    </context>
    <context>
        <name>PegForm</name>
        <message>
            <source>Answered</source>
            <translation>Beantwortet</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
    </context>
    <context>
        <name>PegPanel</name>
        <message>
            <source>Weekly PEG</source>
            <translation>Wöchentlicher PEG</translation>
        </message>
        <message>
            <source>No PEG check-in in this period. File &gt; Weekly PEG check-in… (Ctrl+Shift+P) asks the three questions about the past week.</source>
            <translation>Keine PEG-Abfrage in diesem Zeitraum. Datei &gt; Wöchentliche PEG-Abfrage… (Strg+Umschalt+P) stellt die drei Fragen zur vergangenen Woche.</translation>
        </message>
        <message>
            <source>. Score 0–10, the mean of pain, enjoyment of life and general activity in the past week.</source>
            <translation>. Wert 0–10, der Mittelwert aus Schmerz, Lebensfreude und allgemeiner Aktivität in der vergangenen Woche.</translation>
        </message>
        <message>
            <source>Weekly PEG scores in the shown period</source>
            <translation>Wöchentliche PEG-Werte im gezeigten Zeitraum</translation>
        </message>
    </context>
    <context>
        <name>PeriodActions</name>
        <message>
            <source>Marked periods</source>
            <translation>Markierte Zeiträume</translation>
        </message>
        <message>
            <source>Shade a period on the trend chart, e.g. an acupuncture course</source>
            <translation>Einen Zeitraum im Verlaufsdiagramm schattieren, z. B. einen Akupunkturkurs</translation>
        </message>
        <message>
            <source>Mark a period…</source>
            <translation>Zeitraum markieren…</translation>
        </message>
        <message>
            <source>Marked periods…</source>
            <translation>Markierte Zeiträume…</translation>
        </message>
        <message>
            <source>Marked the period {label} ({start} – {end}). Undo with Ctrl+Z.</source>
            <translation>Zeitraum {label} ({start} – {end}) markiert. Rückgängig mit Strg+Z.</translation>
        </message>
        <message>
            <source>Removed the marked period {label}. Undo with Ctrl+Z.</source>
            <translation>Markierten Zeitraum {label} entfernt. Rückgängig mit Strg+Z.</translation>
        </message>
    </context>
    <context>
        <name>PeriodDialog</name>
        <message>
            <source>&amp;Label</source>
            <translation>&amp;Bezeichnung</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Von</translation>
        </message>
        <message>
            <source>&amp;To (last day)</source>
            <translation>&amp;Bis (letzter Tag)</translation>
        </message>
        <message>
            <source>T&amp;herapy</source>
            <translation>T&amp;herapie</translation>
        </message>
    </context>
    <context>
        <name>PeriodDialogs</name>
        <message>
            <source>— none —</source>
            <translation>— keiner —</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Bezeichnung</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>Therapy</source>
            <translation>Therapie</translation>
        </message>
    </context>
    <context>
        <name>PeriodPicker</name>
        <message>
            <source>From date</source>
            <extracomment>What each export format writes, for the target check (paths.check_output_path).</extracomment>
            <translation>Von Datum</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Bis Datum</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>30 days</source>
            <translation>30 Tage</translation>
        </message>
        <message>
            <source>90 days</source>
            <translation>90 Tage</translation>
        </message>
        <message>
            <source>1 year</source>
            <translation>1 Jahr</translation>
        </message>
    </context>
    <context>
        <name>PlainExport</name>
        <message>
            <source>This file will not be encrypted</source>
            <translation>Diese Datei wird nicht verschlüsselt</translation>
        </message>
        <message>
            <source>Your journal is encrypted, but the {what} you are about to save will NOT be encrypted.</source>
            <translation>Ihr Tagebuch ist verschlüsselt, aber die Datei ({what}), die Sie gleich speichern, wird NICHT verschlüsselt.</translation>
        </message>
        <message>
            <source>Anyone who gets the file can read it without a passphrase. Save it only where you mean to, give it only to whom it is for, and delete it when it is no longer needed.</source>
            <translation>Wer die Datei bekommt, kann sie ohne Passphrase lesen. Speichern Sie sie nur dort, wo Sie es wollen, geben Sie sie nur denen, für die sie bestimmt ist, und löschen Sie sie, wenn sie nicht mehr gebraucht wird.</translation>
        </message>
        <message>
            <source>Save it unencrypted</source>
            <translation>Unverschlüsselt speichern</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>&amp;Reminder</source>
            <translation>&amp;Erinnerung</translation>
        </message>
        <message>
            <source>&amp;General</source>
            <translation>&amp;Allgemein</translation>
        </message>
        <message>
            <source>&amp;Today's fields</source>
            <translation>Felder unter &amp;Heute</translation>
        </message>
        <message>
            <source>Journal &amp;folder</source>
            <translation>Tagebuch&amp;ordner</translation>
        </message>
        <message>
            <source>Remind me each day to log my pain</source>
            <translation>Erinnere mich jeden Tag, meinen Schmerz einzutragen</translation>
        </message>
        <message>
            <source>A notification at the time you choose, only on days with no pain entry yet</source>
            <translation>Eine Benachrichtigung zur gewählten Uhrzeit, nur an Tagen ohne Schmerzeintrag</translation>
        </message>
        <message>
            <source>Reminder time</source>
            <translation>Uhrzeit der Erinnerung</translation>
        </message>
        <message>
            <source>At</source>
            <translation>Um</translation>
        </message>
        <message>
            <source>2 weeks</source>
            <translation>2 Wochen</translation>
        </message>
        <message>
            <source>30 days</source>
            <translation>30 Tage</translation>
        </message>
        <message>
            <source>90 days</source>
            <translation>90 Tage</translation>
        </message>
        <message>
            <source>1 year</source>
            <translation>1 Jahr</translation>
        </message>
        <message>
            <source>The whole journal</source>
            <translation>Das ganze Tagebuch</translation>
        </message>
        <message>
            <source>This desktop shows no system tray, so BackJournal can remind you only while its window is open; if a reminder day goes by without an entry, you will see a note when it next starts.</source>
            <translation>Dieser Desktop zeigt keinen Infobereich, daher kann BackJournal Sie nur erinnern, während sein Fenster offen ist; vergeht ein Erinnerungstag ohne Eintrag, sehen Sie beim nächsten Start einen Hinweis.</translation>
        </message>
        <message>
            <source>T&amp;herapies</source>
            <translation>T&amp;herapien</translation>
        </message>
        <message>
            <source>Remind on {day}</source>
            <translation>Erinnern am {day}</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Am</translation>
        </message>
        <message>
            <source>Start BackJournal hidden in the tray when I log in</source>
            <translation>BackJournal beim Anmelden versteckt im Infobereich starten</translation>
        </message>
        <message>
            <source>Writes {path}; turning it off removes the file</source>
            <translation>Schreibt {path}; Ausschalten entfernt die Datei</translation>
        </message>
        <message>
            <source>In this Flatpak BackJournal cannot add itself to your login programs (your desktop does not look inside its sandbox). Add this command to your desktop's autostart programs instead: {command}</source>
            <translation>Als Flatpak kann sich BackJournal nicht selbst in Ihre Anmeldeprogramme eintragen (Ihr Desktop schaut nicht in seine Sandbox). Tragen Sie stattdessen diesen Befehl in die Autostart-Programme Ihres Desktops ein: {command}</translation>
        </message>
        <message>
            <source>On Windows put a shortcut with --in-tray in your Startup folder; on macOS add BackJournal to System Settings &gt; General &gt; Login Items (see the help)</source>
            <translation>Unter Windows legen Sie eine Verknüpfung mit --in-tray in Ihren Autostart-Ordner; unter macOS fügen Sie BackJournal unter Systemeinstellungen &gt; Allgemein &gt; Anmeldeobjekte hinzu (siehe Hilfe)</translation>
        </message>
        <message>
            <source>Weeks start on</source>
            <translation>Wochen beginnen am</translation>
        </message>
        <message>
            <source>The day the reminder also mentions your weekly PEG check-in</source>
            <translation>Der Tag, an dem die Erinnerung auch Ihre wöchentliche PEG-Abfrage erwähnt</translation>
        </message>
        <message>
            <source>Weekly PEG check-in on</source>
            <translation>Wöchentliche PEG-Abfrage am</translation>
        </message>
        <message>
            <source>Trends opens on</source>
            <translation>Verlauf öffnet mit</translation>
        </message>
        <message>
            <source>Report paper</source>
            <translation>Papier für den Bericht</translation>
        </message>
        <message>
            <source>The window and its charts</source>
            <translation>Das Fenster und seine Diagramme</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Design</translation>
        </message>
        <message>
            <source>As the system (automatic)</source>
            <translation>Wie das System (automatisch)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>A new language applies when BackJournal starts again. Your journal stays the same in every language.</source>
            <translation>Eine neue Sprache gilt, sobald BackJournal neu startet. Ihr Tagebuch bleibt in jeder Sprache dasselbe.</translation>
        </message>
        <message>
            <source>Fields Today shows (the score, the therapy and the times always show; a hidden field keeps what you saved before):</source>
            <translation>Felder, die Heute zeigt (der Wert, die Therapie und die Zeiten erscheinen immer; ein ausgeblendetes Feld behält, was Sie vorher gespeichert haben):</translation>
        </message>
        <message>
            <source>Your journal is in this folder:</source>
            <translation>Ihr Tagebuch liegt in diesem Ordner:</translation>
        </message>
        <message>
            <source>Move journal to another folder…</source>
            <translation>Tagebuch in einen anderen Ordner verschieben…</translation>
        </message>
        <message>
            <source>Copies and checks the journal in the new folder, switches to it, and keeps the old copy until you say it can go</source>
            <translation>Kopiert und prüft das Tagebuch im neuen Ordner, wechselt dorthin und behält die alte Kopie, bis Sie sagen, dass sie weg kann</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialogs</name>
        <message>
            <source>The journal could not be upgraded</source>
            <translation>Das Tagebuch konnte nicht aktualisiert werden</translation>
        </message>
    </context>
    <context>
        <name>RegionScores</name>
        <message>
            <source>Each region's own score, 0 to 10. Leave the overall score empty to use the highest.</source>
            <translation>Der eigene Wert jeder Region, 0 bis 10. Lassen Sie den Gesamtwert leer, um den höchsten zu verwenden.</translation>
        </message>
        <message>
            <source>{label}: its own pain score from 0 to 10</source>
            <translation>{label}: ihr eigener Schmerzwert von 0 bis 10</translation>
        </message>
        <message>
            <source>Scores by region</source>
            <translation>Werte nach Region</translation>
        </message>
    </context>
    <context>
        <name>ReminderTray</name>
        <message>
            <source>BackJournal</source>
            <extracomment>(title, text) of each reminder shown, in the tray or (no tray) in the window</extracomment>
            <translation>BackJournal</translation>
        </message>
        <message>
            <source>Log today's pain…</source>
            <translation>Heutigen Schmerz eintragen…</translation>
        </message>
        <message>
            <source>Show BackJournal</source>
            <translation>BackJournal zeigen</translation>
        </message>
        <message>
            <source>Quit BackJournal</source>
            <translation>BackJournal beenden</translation>
        </message>
        <message>
            <source> — next reminder {time}</source>
            <translation> — nächste Erinnerung {time}</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>How is your pain today? Click here to log it in a few seconds.</source>
            <extracomment>how far back a missed day is looked for at start (older gaps are not news) the day the reminder last fired (once a day at most)</extracomment>
            <translation>Wie ist Ihr Schmerz heute? Klicken Sie hier, um ihn in wenigen Sekunden einzutragen.</translation>
        </message>
        <message>
            <source> It is also {day}, your weekly PEG check-in day.</source>
            <translation> Heute ist außerdem {day}, Ihr Tag für die wöchentliche PEG-Abfrage.</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Gestern</translation>
        </message>
        <message>
            <source>{weekday} {day}</source>
            <translation>{weekday}, {day}</translation>
        </message>
        <message>
            <source>{when} has no pain entry. If you remember how it was, you can still log it: set the time in Today's "When" field.</source>
            <translation>{when} hat keinen Schmerzeintrag. Wenn Sie sich erinnern, wie es war, können Sie ihn noch eintragen: Stellen Sie die Zeit im Feld „Wann“ unter Heute ein.</translation>
        </message>
    </context>
    <context>
        <name>RemoveEncryptionDialog</name>
        <message>
            <source>Remove encryption</source>
            <translation>Verschlüsselung entfernen</translation>
        </message>
        <message>
            <source>The journal and all its backups will be stored unencrypted again: anyone who gets a copy of the files can read your entries. BackJournal will no longer ask for a passphrase.</source>
            <translation>Das Tagebuch und alle seine Sicherungen werden wieder unverschlüsselt gespeichert: Wer eine Kopie der Dateien bekommt, kann Ihre Einträge lesen. BackJournal fragt nicht mehr nach einer Passphrase.</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Aktuelle Passphrase</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Report for my physician</source>
            <translation>Bericht für meine Ärztin / meinen Arzt</translation>
        </message>
        <message>
            <source>A PDF your physician can read in a minute: your pain over the period, the therapies you used and what happened around them.</source>
            <translation>Ein PDF, das Ihre Ärztin oder Ihr Arzt in einer Minute lesen kann: Ihr Schmerz im Zeitraum, die Therapien, die Sie angewendet haben, und was um sie herum geschah.</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>optional: printed in the footer of every page</source>
            <translation>optional: erscheint in der Fußzeile jeder Seite</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Ihr Name</translation>
        </message>
        <message>
            <source>As usual here (from the language settings)</source>
            <translation>Wie hier üblich (aus den Spracheinstellungen)</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>US Letter</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Abschnitte</translation>
        </message>
        <message>
            <source>Notes (your own words; include only if you want your physician to read them)</source>
            <translation>Notizen (Ihre eigenen Worte; nur aufnehmen, wenn Ihre Ärztin oder Ihr Arzt sie lesen soll)</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>PDF speichern…</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Der Bericht wird geschrieben…</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Bericht speichern</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>ReportModel</name>
        <message>
            <source>the last two weeks</source>
            <extracomment>evaluations (analysis.courses.CourseEvaluation) of the courses overlapping the period results (analysis.trials.TrialResult) of the personal trials overlapping the period the weekly PEG check-ins of the period (analysis.peg.PegPoint), oldest first (region label, pain entries naming it, the mean of its own scores or None, entries that scored it), most named first what went with better or worse days (analysis.insights.InsightsResult), or None</extracomment>
            <translation>die letzten zwei Wochen</translation>
        </message>
        <message>
            <source>the baseline ({short} – {short2})</source>
            <translation>dem Ausgangswert ({short} – {short2})</translation>
        </message>
        <message>
            <source>the first two weeks</source>
            <translation>die ersten zwei Wochen</translation>
        </message>
        <message>
            <source>A 1-day period has no earlier and later part to compare.</source>
            <translation>Ein Zeitraum von einem Tag hat keinen früheren und späteren Teil zum Vergleichen.</translation>
        </message>
        <message>
            <source>PEG check-in</source>
            <translation>PEG-Abfrage</translation>
        </message>
        <message numerus="yes">
            <source>the first %n days</source>
            <translation>
                <numerusform>den ersten Tag</numerusform>
                <numerusform>die ersten %n Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the last %n days</source>
            <translation>
                <numerusform>den letzten Tag</numerusform>
                <numerusform>die letzten %n Tage</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportWriter</name>
        <message>
            <source>Pain journal report {period}</source>
            <translation>Schmerztagebuch-Bericht {period}</translation>
        </message>
        <message>
            <source>Back pain journal: report for the physician</source>
            <extracomment>times in the lists show their UTC offset when the times listed have more than one</extracomment>
            <translation>Rückenschmerz-Tagebuch: Bericht für die Praxis</translation>
        </message>
        <message>
            <source>{who}Patient-reported data, recorded with BackJournal · generated {human_day}</source>
            <translation>{who}Patientenberichtete Daten, erfasst mit BackJournal · erstellt am {human_day}</translation>
        </message>
        <message>
            <source>Pain on the 0–10 numeric rating scale (0 = no pain, 10 = worst pain imaginable); daily pain = the mean of a day's entries.</source>
            <translation>Schmerz auf der numerischen Bewertungsskala 0–10 (0 = kein Schmerz, 10 = stärkster vorstellbarer Schmerz); Tagesschmerz = das Mittel der Einträge eines Tages.</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Days logged</source>
            <translation>Tage mit Einträgen</translation>
        </message>
        <message>
            <source>{days_logged} of {days} ({entries})</source>
            <translation>{days_logged} von {days} ({entries})</translation>
        </message>
        <message>
            <source>Average daily pain</source>
            <translation>Mittlerer Tagesschmerz</translation>
        </message>
        <message>
            <source>no pain entries</source>
            <translation>keine Schmerzeinträge</translation>
        </message>
        <message>
            <source>Best day / worst day</source>
            <translation>Bester Tag / schlechtester Tag</translation>
        </message>
        <message>
            <source>{fmt} on {human_day} / {fmt2} on {human_day2}</source>
            <translation>{fmt} am {human_day} / {fmt2} am {human_day2}</translation>
        </message>
        <message>
            <source> (baseline {split}</source>
            <translation> (Ausgangswert {split}</translation>
        </message>
        <message>
            <source>Clinically important change</source>
            <translation>Klinisch bedeutsame Veränderung</translation>
        </message>
        <message>
            <source>a worsening: pain rose by {THRESHOLD_TEXT}</source>
            <translation>eine Verschlechterung: Der Schmerz stieg um {THRESHOLD_TEXT}</translation>
        </message>
        <message>
            <source>≥ 2 points: {value}; ≥ 30 %: {value2}</source>
            <translation>≥ 2 Punkte: {value}; ≥ 30 %: {value2}</translation>
        </message>
        <message>
            <source> (by IMMPACT's words a {immpact} improvement)</source>
            <translation> (nach den Begriffen von IMMPACT eine {immpact} Besserung)</translation>
        </message>
        <message>
            <source>Clinically important fall</source>
            <translation>Klinisch bedeutsamer Rückgang</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Veränderung</translation>
        </message>
        <message>
            <source>Where it hurt most</source>
            <translation>Wo es am meisten schmerzte</translation>
        </message>
        <message>
            <source>Latest PEG (past week)</source>
            <translation>Letzter PEG (vergangene Woche)</translation>
        </message>
        <message>
            <source>{score:.1f} / 10 on {human_day} (pain {pain}, enjoyment of life {enjoyment}, general activity {activity})</source>
            <translation>{score:.1f} / 10 am {human_day} (Schmerz {pain}, Lebensfreude {enjoyment}, allgemeine Aktivität {activity})</translation>
        </message>
        <message>
            <source>Daily pain and therapy sessions</source>
            <translation>Täglicher Schmerz und Therapiesitzungen</translation>
        </message>
        <message>
            <source> – its page follows</source>
            <translation> – ihre Seite folgt</translation>
        </message>
        <message>
            <source>Marked periods and therapy courses</source>
            <translation>Markierte Zeiträume und Therapiekurse</translation>
        </message>
        <message>
            <source>Marked periods</source>
            <translation>Markierte Zeiträume</translation>
        </message>
        <message>
            <source>{title} (shaded on the chart)</source>
            <translation>{title} (im Diagramm schattiert)</translation>
        </message>
        <message>
            <source>Marked period or course</source>
            <translation>Markierter Zeitraum oder Kurs</translation>
        </message>
        <message>
            <source>Marked period</source>
            <translation>Markierter Zeitraum</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>Weekly PEG (pain, enjoyment of life, general activity)</source>
            <translation>Wöchentlicher PEG (Schmerz, Lebensfreude, allgemeine Aktivität)</translation>
        </message>
        <message>
            <source>{peg_summary}. Each item 0–10 about the past week; the score is their mean (Krebs 2009).</source>
            <translation>{peg_summary}. Jede Frage 0–10 zur vergangenen Woche; der Wert ist ihr Mittel (Krebs 2009).</translation>
        </message>
        <message>
            <source>Therapies used in the period</source>
            <translation>Im Zeitraum angewendete Therapien</translation>
        </message>
        <message>
            <source>No therapy sessions were logged in this period.</source>
            <translation>In diesem Zeitraum wurden keine Therapiesitzungen eingetragen.</translation>
        </message>
        <message>
            <source>not scored</source>
            <translation>ohne Werte</translation>
        </message>
        <message>
            <source>Therapy</source>
            <translation>Therapie</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sitzungen</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minuten</translation>
        </message>
        <message>
            <source>Pain right before → after (mean)</source>
            <translation>Schmerz direkt vor → nach (Mittel)</translation>
        </message>
        <message>
            <source>Calendar of daily pain</source>
            <translation>Kalender des täglichen Schmerzes</translation>
        </message>
        <message>
            <source>Each square is one day with its date, coloured by that day's mean pain (0–10), which is also written in it. Hatched grey squares: no entry that day (not the same as pain 0).</source>
            <translation>Jedes Quadrat ist ein Tag mit seinem Datum, gefärbt nach dem mittleren Schmerz dieses Tages (0–10), der auch hineingeschrieben ist. Schraffierte graue Quadrate: kein Eintrag an diesem Tag (nicht dasselbe wie Schmerz 0).</translation>
        </message>
        <message>
            <source>Each square is one day, coloured by that day's mean pain (0–10). Grey squares with a dot: no entry that day (not the same as no pain).</source>
            <translation>Jedes Quadrat ist ein Tag, gefärbt nach dem mittleren Schmerz dieses Tages (0–10). Graue Quadrate mit Punkt: kein Eintrag an diesem Tag (nicht dasselbe wie kein Schmerz).</translation>
        </message>
        <message>
            <source> The legend under the chart shows how days outside the period look.</source>
            <translation> Die Legende unter dem Diagramm zeigt, wie Tage außerhalb des Zeitraums aussehen.</translation>
        </message>
        <message>
            <source>What happened around therapy sessions</source>
            <translation>Was rund um Therapiesitzungen geschah</translation>
        </message>
        <message>
            <source>Left: the scores given right before and right after sessions. Right: mean daily pain in the {window} days before against the {window} days after sessions. Fewer than {MIN_SESSIONS} sessions are too few to mean anything. In the {window}-day comparison, ✔ marks a mean fall of {THRESHOLD_TEXT} (clinically important, Ostelo 2008) and a rise of that size is named a worsening. Right before → right after a session is shown without these thresholds: they describe one person's change over days and weeks, not minutes. These numbers describe what happened around sessions, not why: other treatments and the natural course of back pain change them too.</source>
            <translation>Links: die Werte direkt vor und direkt nach Sitzungen. Rechts: mittlerer täglicher Schmerz in den {window} Tagen vor gegenüber den {window} Tagen nach Sitzungen. Weniger als {MIN_SESSIONS} Sitzungen sind zu wenige, um etwas zu bedeuten. Im {window}-Tage-Vergleich markiert ✔ einen mittleren Rückgang um {THRESHOLD_TEXT} (klinisch bedeutsam, Ostelo 2008), und ein Anstieg dieser Größe wird als Verschlechterung bezeichnet. Direkt vor → direkt nach einer Sitzung wird ohne diese Schwellen gezeigt: Sie beschreiben die Veränderung einer Person über Tage und Wochen, nicht über Minuten. Diese Zahlen beschreiben, was rund um die Sitzungen geschah, nicht warum: Andere Behandlungen und der natürliche Verlauf von Rückenschmerzen verändern sie ebenfalls.</translation>
        </message>
        <message>
            <source>Right before → after</source>
            <translation>Direkt vor → nach</translation>
        </message>
        <message>
            <source>{window} days before → after</source>
            <translation>{window} Tage vorher → nachher</translation>
        </message>
        <message>
            <source>Medication and substance log</source>
            <translation>Medikamenten- und Substanzprotokoll</translation>
        </message>
        <message>
            <source>No medication or substance was logged in this period.</source>
            <translation>In diesem Zeitraum wurde kein Medikament und keine Substanz eingetragen.</translation>
        </message>
        <message>
            <source>As entered by the patient: what, when, and the dose as they wrote it.</source>
            <translation>Wie von der Patientin / dem Patienten eingetragen: was, wann und die Dosis so, wie sie notiert wurde.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>Dose (as entered)</source>
            <translation>Dosis (wie eingetragen)</translation>
        </message>
        <message>
            <source>Pain before → after</source>
            <translation>Schmerz vorher → nachher</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>No notes in this period.</source>
            <translation>Keine Notizen in diesem Zeitraum.</translation>
        </message>
        <message>
            <source>As written by the patient, in time order. Each note flows on to the next page when it is long.</source>
            <translation>Wie von der Patientin / dem Patienten geschrieben, in zeitlicher Reihenfolge. Eine lange Notiz läuft auf der nächsten Seite weiter.</translation>
        </message>
        <message>
            <source>Reference summaries of the therapies used</source>
            <translation>Referenzzusammenfassungen der angewendeten Therapien</translation>
        </message>
        <message>
            <source>General information from BackJournal's reference cards about each therapy, not about this patient's results.</source>
            <translation>Allgemeine Informationen aus den Infokarten von BackJournal zu jeder Therapie, nicht zu den Ergebnissen dieser Person.</translation>
        </message>
        <message>
            <source>; its own score {mean:.1f}/10 on average in {scored}</source>
            <translation>; ihr eigener Wert im Mittel {mean:.1f}/10 in {scored}</translation>
        </message>
        <message numerus="yes">
            <source>%n pain entries</source>
            <translation>
                <numerusform>%n Schmerzeintrag</numerusform>
                <numerusform>%n Schmerzeinträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{label} ({n} of %n entries</source>
            <translation>
                <numerusform>{label} ({n} von %n Eintrag</numerusform>
                <numerusform>{label} ({n} von %n Einträgen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RestoreBackupDialog</name>
        <message>
            <source>Restore a backup</source>
            <translation>Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Choose the backup to bring back. Your journal as it is now is backed up first, so this can be undone by restoring that copy. Entries made after the backup are not in it.</source>
            <translation>Wählen Sie die Sicherung, die zurückkommen soll. Ihr Tagebuch, wie es jetzt ist, wird zuerst gesichert; Sie können das also rückgängig machen, indem Sie diese Kopie wiederherstellen. Einträge, die nach der Sicherung gemacht wurden, sind nicht darin.</translation>
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation>Sicherungen, neueste zuerst</translation>
        </message>
        <message>
            <source>No backups yet in {folder}. You can choose a backup file you saved elsewhere.</source>
            <translation>Noch keine Sicherungen in {folder}. Sie können eine Sicherungsdatei wählen, die Sie anderswo gespeichert haben.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <source>Choose a &amp;file…</source>
            <translation>Eine &amp;Datei wählen…</translation>
        </message>
        <message>
            <source>Replace the journal with this backup?</source>
            <translation>Das Tagebuch durch diese Sicherung ersetzen?</translation>
        </message>
        <message>
            <source>Restore {name}?</source>
            <translation>{name} wiederherstellen?</translation>
        </message>
        <message>
            <source>Your journal as it is now is backed up first, then replaced by this backup.</source>
            <translation>Ihr Tagebuch, wie es jetzt ist, wird zuerst gesichert und dann durch diese Sicherung ersetzt.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
    </context>
    <context>
        <name>SavedFileMessage</name>
        <message>
            <source>{capitalize} saved</source>
            <translation>{capitalize} gespeichert</translation>
        </message>
        <message>
            <source>Your {what} is saved as {name}</source>
            <translation>Gespeichert ({what}) als {name}</translation>
        </message>
        <message>
            <source>in the folder {parent}</source>
            <translation>im Ordner {parent}</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>Ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Show in &amp;folder</source>
            <translation>Im &amp;Ordner zeigen</translation>
        </message>
    </context>
    <context>
        <name>SchemaTooNewDialog</name>
        <message>
            <source>This journal is from a newer BackJournal</source>
            <translation>Dieses Tagebuch stammt von einem neueren BackJournal</translation>
        </message>
        <message>
            <source>{error}

This version of BackJournal cannot read it safely, so it did not open it and did not change it. Install the newer BackJournal that wrote it; your entries are all still in the file.</source>
            <translation>{error}

Diese Version von BackJournal kann es nicht sicher lesen, deshalb hat sie es weder geöffnet noch verändert. Installieren Sie das neuere BackJournal, das es geschrieben hat; Ihre Einträge sind alle noch in der Datei.</translation>
        </message>
    </context>
    <context>
        <name>ScorePicker</name>
        <message>
            <source>Pain score from 0, no pain, to 10, worst pain imaginable</source>
            <translation>Schmerzwert von 0, kein Schmerz, bis 10, stärkster vorstellbarer Schmerz</translation>
        </message>
        <message>
            <source>{value} out of 10</source>
            <translation>{value} von 10</translation>
        </message>
        <message>
            <source>{value} of 10</source>
            <translation>{value} von 10</translation>
        </message>
    </context>
    <context>
        <name>SessionForm</name>
        <message>
            <source>What is this?</source>
            <translation>Was ist das?</translation>
        </message>
        <message>
            <source>Open the reference card for this therapy</source>
            <translation>Die Infokarte zu dieser Therapie öffnen</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>Duration in minutes</source>
            <translation>Dauer in Minuten</translation>
        </message>
        <message>
            <source>e.g. brisk walk, 40 °C wrap, 10 needles</source>
            <translation>z. B. zügiger Spaziergang, 40-°C-Wickel, 10 Nadeln</translation>
        </message>
        <message>
            <source>Add therapy…</source>
            <extracomment>The item at the end of a therapy picker (and of the medication picker) that adds a new one.</extracomment>
            <translation>Therapie hinzufügen…</translation>
        </message>
        <message>
            <source>Add medication…</source>
            <translation>Medikament hinzufügen…</translation>
        </message>
        <message>
            <source>Not named (as logged)</source>
            <extracomment>In the medication picker while a session logged as the generic "Medication" is edited.</extracomment>
            <translation>Ohne Namen (wie eingetragen)</translation>
        </message>
        <message>
            <source>as needed</source>
            <translation>bei Bedarf</translation>
        </message>
        <message>
            <source>scheduled</source>
            <translation>regelmäßig</translation>
        </message>
        <message>
            <source>Which one?</source>
            <translation>Welches?</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>other dose text (optional)</source>
            <translation>anderer Dosistext (optional)</translation>
        </message>
        <message>
            <source>who or where (optional)</source>
            <translation>wer oder wo (optional)</translation>
        </message>
        <message>
            <source>Therapy</source>
            <translation>Therapie</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Begonnen</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Pain before</source>
            <translation>Schmerz vorher</translation>
        </message>
        <message>
            <source>Pain after</source>
            <translation>Schmerz nachher</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Dose, as text</source>
            <translation>Dosis als Text</translation>
        </message>
        <message>
            <source>Provider / place</source>
            <translation>Behandler / Ort</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Which medication</source>
            <translation>Welches Medikament</translation>
        </message>
        <message>
            <source>What is this therapy? Open its reference card</source>
            <translation>Was ist diese Therapie? Ihre Infokarte öffnen</translation>
        </message>
        <message>
            <source>Pain before the session, 0 to 10 (optional)</source>
            <translation>Schmerz vor der Sitzung, 0 bis 10 (optional)</translation>
        </message>
        <message>
            <source>Pain after the session, 0 to 10 (optional)</source>
            <translation>Schmerz nach der Sitzung, 0 bis 10 (optional)</translation>
        </message>
        <message>
            <source>Dose amount, as entered</source>
            <translation>Dosismenge, wie eingetragen</translation>
        </message>
        <message>
            <source>Dose unit</source>
            <translation>Dosiseinheit</translation>
        </message>
        <message>
            <source>Taken as needed or on a schedule</source>
            <translation>Bei Bedarf oder regelmäßig genommen</translation>
        </message>
        <message>
            <source>Provider or place</source>
            <translation>Behandler oder Ort</translation>
        </message>
        <message>
            <source>{name} (last used)</source>
            <translation>{name} (zuletzt verwendet)</translation>
        </message>
        <message>
            <source> (add one with '{add}')</source>
            <translation> (fügen Sie eines hinzu mit „{add}“)</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Follow the system</source>
            <translation>Wie das System</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>As usual here (from the language settings)</source>
            <translation>Wie hier üblich (aus den Spracheinstellungen)</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>US Letter</translation>
        </message>
        <message>
            <source>Pain: where</source>
            <extracomment>the optional fields of Today's forms (the score, the therapy and the times always show)</extracomment>
            <translation>Schmerz: wo</translation>
        </message>
        <message>
            <source>Pain: what it feels like</source>
            <translation>Schmerz: wie er sich anfühlt</translation>
        </message>
        <message>
            <source>Pain: note</source>
            <translation>Schmerz: Notiz</translation>
        </message>
        <message>
            <source>Session: duration</source>
            <translation>Sitzung: Dauer</translation>
        </message>
        <message>
            <source>Session: pain before and after</source>
            <translation>Sitzung: Schmerz vorher und nachher</translation>
        </message>
        <message>
            <source>Session: details</source>
            <translation>Sitzung: Details</translation>
        </message>
        <message>
            <source>Session: dose</source>
            <translation>Sitzung: Dosis</translation>
        </message>
        <message>
            <source>Session: provider / place</source>
            <translation>Sitzung: Behandler / Ort</translation>
        </message>
        <message>
            <source>Session: note</source>
            <translation>Sitzung: Notiz</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Pick the pain score (1 then 0 quickly = 10), also while a place or quality has the focus</source>
            <translation>Den Schmerzwert wählen (1 und dann schnell 0 = 10), auch wenn eine Stelle oder Art den Fokus hat</translation>
        </message>
        <message>
            <source>Lower / raise the score that has the focus</source>
            <translation>Den Wert mit dem Fokus senken / erhöhen</translation>
        </message>
        <message>
            <source>Next / previous field: score, places, qualities, time, note, buttons</source>
            <translation>Nächstes / voriges Feld: Wert, Stellen, Arten, Zeit, Notiz, Schaltflächen</translation>
        </message>
        <message>
            <source>Jump to the pain score / the therapy</source>
            <translation>Zum Schmerzwert / zur Therapie springen</translation>
        </message>
        <message>
            <source>Same as last time (copy your last pain entry)</source>
            <translation>Wie beim letzten Mal (Ihren letzten Schmerzeintrag übernehmen)</translation>
        </message>
        <message>
            <source>Save the form you are in (pain or session)</source>
            <translation>Das Formular speichern, in dem Sie sind (Schmerz oder Sitzung)</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Datum und Uhrzeit</translation>
        </message>
        <message>
            <source>Move between day, month, year, hour and minute</source>
            <translation>Zwischen Tag, Monat, Jahr, Stunde und Minute wechseln</translation>
        </message>
        <message>
            <source>Change the part that is selected</source>
            <translation>Den ausgewählten Teil ändern</translation>
        </message>
        <message>
            <source>Open the calendar</source>
            <translation>Den Kalender öffnen</translation>
        </message>
        <message>
            <source>Score 0–10 (session, PEG)</source>
            <translation>Wert 0–10 (Sitzung, PEG)</translation>
        </message>
        <message>
            <source>Clear an optional score</source>
            <translation>Einen optionalen Wert leeren</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Tagebuch</translation>
        </message>
        <message>
            <source>Search notes and details</source>
            <translation>Notizen und Details durchsuchen</translation>
        </message>
        <message>
            <source>Edit the selected record</source>
            <translation>Den ausgewählten Datensatz bearbeiten</translation>
        </message>
        <message>
            <source>Edit the score or note in place</source>
            <translation>Den Wert oder die Notiz direkt bearbeiten</translation>
        </message>
        <message>
            <source>Move the selection to the trash</source>
            <translation>Die Auswahl in den Papierkorb verschieben</translation>
        </message>
        <message>
            <source>Menus</source>
            <translation>Menüs</translation>
        </message>
        <message>
            <source>Open a menu (File, Edit, View, Help); F10 opens the first</source>
            <translation>Ein Menü öffnen (Datei, Bearbeiten, Ansicht, Hilfe); F10 öffnet das erste</translation>
        </message>
        <message>
            <source>Dialogs</source>
            <translation>Dialoge</translation>
        </message>
        <message>
            <source>Save or accept / cancel</source>
            <translation>Speichern oder bestätigen / abbrechen</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Was sie tun</translation>
        </message>
    </context>
    <context>
        <name>SingleInstance</name>
        <message>
            <source> (process {holder})</source>
            <translation> (Prozess {holder})</translation>
        </message>
        <message>
            <source>The journal is already open</source>
            <translation>Das Tagebuch ist bereits geöffnet</translation>
        </message>
        <message>
            <source>The journal in {data_dir} is open in another BackJournal{who}, which did not answer.</source>
            <translation>Das Tagebuch in {data_dir} ist in einem anderen BackJournal geöffnet{who}, das nicht geantwortet hat.</translation>
        </message>
        <message>
            <source>Switch to that window, or close it and start BackJournal again. Nothing was changed.</source>
            <translation>Wechseln Sie zu jenem Fenster, oder schließen Sie es und starten Sie BackJournal erneut. Es wurde nichts verändert.</translation>
        </message>
    </context>
    <context>
        <name>StartCourseDialog</name>
        <message>
            <source>Start a therapy course</source>
            <translation>Einen Therapiekurs beginnen</translation>
        </message>
        <message>
            <source>A course is a planned series of one therapy, e.g. acupuncture twice a week for six weeks. Your sessions of that therapy on its days count towards it; its last 14 days are compared with the days before it.</source>
            <translation>Ein Kurs ist eine geplante Reihe einer Therapie, z. B. Akupunktur zweimal pro Woche über sechs Wochen. Ihre Sitzungen dieser Therapie an seinen Tagen zählen dazu; seine letzten 14 Tage werden mit den Tagen davor verglichen.</translation>
        </message>
        <message>
            <source>From a marked period</source>
            <translation>Aus einem markierten Zeitraum</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Erster Tag</translation>
        </message>
        <message>
            <source>&amp;Until</source>
            <translation>&amp;Bis</translation>
        </message>
        <message>
            <source>A &amp;number of sessions</source>
            <translation>Eine &amp;Anzahl Sitzungen</translation>
        </message>
        <message>
            <source>&amp;Open (until I end it)</source>
            <translation>&amp;Offen (bis ich ihn beende)</translation>
        </message>
        <message>
            <source>Planned last day</source>
            <translation>Geplanter letzter Tag</translation>
        </message>
        <message>
            <source>Planned number of sessions</source>
            <translation>Geplante Anzahl Sitzungen</translation>
        </message>
        <message>
            <source>not planned</source>
            <translation>nicht geplant</translation>
        </message>
        <message>
            <source>Planned sessions per week</source>
            <translation>Geplante Sitzungen pro Woche</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Behandler</translation>
        </message>
        <message>
            <source>e.g. walk to work without stopping</source>
            <translation>z. B. ohne Pause zur Arbeit gehen</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source> days before the start</source>
            <translation> Tage vor dem Beginn</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Ausgangswert</translation>
        </message>
        <message>
            <source>From a &amp;marked period</source>
            <translation>Aus einem &amp;markierten Zeitraum</translation>
        </message>
        <message>
            <source>&amp;Therapy</source>
            <translation>&amp;Therapie</translation>
        </message>
        <message>
            <source>&amp;First day</source>
            <translation>&amp;Erster Tag</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Sessions &amp;per week</source>
            <translation>Sitzungen &amp;pro Woche</translation>
        </message>
        <message>
            <source>Pro&amp;vider</source>
            <translation>Be&amp;handler</translation>
        </message>
        <message>
            <source>&amp;Goal</source>
            <translation>&amp;Ziel</translation>
        </message>
        <message>
            <source>&amp;Baseline</source>
            <translation>&amp;Ausgangswert</translation>
        </message>
        <message>
            <source>The planned last day is before the first day. Choose a day on or after it.</source>
            <translation>Der geplante letzte Tag liegt vor dem ersten Tag. Wählen Sie einen Tag an oder nach diesem.</translation>
        </message>
        <message>
            <source>{upper}{problem}. Allowed: {allowed}.</source>
            <translation>{upper}{problem}. Erlaubt: {allowed}.</translation>
        </message>
    </context>
    <context>
        <name>StartTrialDialog</name>
        <message>
            <source>Start a personal trial</source>
            <translation>Einen persönlichen Versuch beginnen</translation>
        </message>
        <message>
            <source>Compare two regimens agreed with your clinician, e.g. two pain medicines or exercise plans. The weeks come in pairs; inside each pair the order of A and B is drawn at random (the seed is kept, so the schedule can be checked). Today shows which one is on.</source>
            <translation>Vergleichen Sie zwei mit Ihrer Ärztin oder Ihrem Arzt abgesprochene Vorgehensweisen, z. B. zwei Schmerzmittel oder Übungspläne. Die Wochen kommen paarweise; innerhalb jedes Paars wird die Reihenfolge von A und B zufällig gezogen (der Startwert wird aufbewahrt, damit der Plan überprüfbar ist). Heute zeigt, welche gerade dran ist.</translation>
        </message>
        <message>
            <source>e.g. ibuprofen 400 mg as needed</source>
            <translation>z. B. Ibuprofen 400 mg bei Bedarf</translation>
        </message>
        <message>
            <source>Regimen A</source>
            <translation>Vorgehen A</translation>
        </message>
        <message>
            <source>e.g. paracetamol 1 g as needed</source>
            <translation>z. B. Paracetamol 1 g bei Bedarf</translation>
        </message>
        <message>
            <source>Regimen B</source>
            <translation>Vorgehen B</translation>
        </message>
        <message>
            <source>Start regimen {name} from one of your therapies</source>
            <translation>Vorgehen {name} mit einer Ihrer Therapien beginnen</translation>
        </message>
        <message>
            <source>Fills in the therapy's name; add the dose and how often in words</source>
            <translation>Setzt den Namen der Therapie ein; ergänzen Sie Dosis und Häufigkeit in Worten</translation>
        </message>
        <message>
            <source> pairs of periods</source>
            <translation> Paare von Abschnitten</translation>
        </message>
        <message>
            <source>Pairs of periods ({PAIRS_MIN} to {PAIRS_MAX})</source>
            <translation>Paare von Abschnitten ({PAIRS_MIN} bis {PAIRS_MAX})</translation>
        </message>
        <message>
            <source> days per period</source>
            <translation> Tage pro Abschnitt</translation>
        </message>
        <message>
            <source>Days per period ({PERIOD_DAYS_MIN} to {PERIOD_DAYS_MAX})</source>
            <translation>Tage pro Abschnitt ({PERIOD_DAYS_MIN} bis {PERIOD_DAYS_MAX})</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source> days left out at the start of each period</source>
            <translation> Tage am Anfang jedes Abschnitts nicht gewertet</translation>
        </message>
        <message>
            <source>Wash-out days</source>
            <translation>Auswaschtage</translation>
        </message>
        <message>
            <source>empty: a new one, recorded</source>
            <translation>leer: ein neuer, der festgehalten wird</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Startwert</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Erster Tag</translation>
        </message>
        <message>
            <source>Regimen &amp;A</source>
            <translation>Vorgehen &amp;A</translation>
        </message>
        <message>
            <source>Regimen &amp;B</source>
            <translation>Vorgehen &amp;B</translation>
        </message>
        <message>
            <source>&amp;Pairs</source>
            <translation>&amp;Paare</translation>
        </message>
        <message>
            <source>&amp;Days per period</source>
            <translation>&amp;Tage pro Abschnitt</translation>
        </message>
        <message>
            <source>&amp;Wash-out</source>
            <translation>&amp;Auswaschzeit</translation>
        </message>
        <message>
            <source>&amp;Seed</source>
            <translation>&amp;Startwert</translation>
        </message>
        <message>
            <source>&amp;First day</source>
            <translation>&amp;Erster Tag</translation>
        </message>
        <message>
            <source>Drawn schedule</source>
            <translation>Gezogener Plan</translation>
        </message>
        <message>
            <source>Show &amp;schedule</source>
            <translation>&amp;Plan zeigen</translation>
        </message>
        <message>
            <source>Start the &amp;trial</source>
            <translation>&amp;Versuch beginnen</translation>
        </message>
    </context>
    <context>
        <name>Text</name>
        <message>
            <source>{day_month} {year}</source>
            <translation>{day_month} {year}</translation>
        </message>
        <message>
            <source>Generated by {APP_NAME} on {human_day}</source>
            <extracomment>inches reserved at the top of a figure by ``decorate_for_export``</extracomment>
            <translation>Erstellt mit {APP_NAME} am {human_day}</translation>
        </message>
        <message numerus="yes">
            <source>{start} – {end} (%n days)</source>
            <translation>
                <numerusform>{start} – {end} (%n Tag)</numerusform>
                <numerusform>{start} – {end} (%n Tage)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Therapies</name>
        <message>
            <source>Acupuncture</source>
            <extracomment>A person's own notes about a user-defined therapy (its "card"). For a named medication: its class (domain.medications.DrugClass value); None otherwise. The lane colour the person chose ("#rrggbb"), None for the default. Archived: hidden from pickers, its history kept. Built-in therapy types. Keys are stable: they are stored, exported and used on the command line.</extracomment>
            <translation>Akupunktur</translation>
        </message>
        <message>
            <source>Whole-body cryotherapy</source>
            <translation>Ganzkörper-Kältetherapie</translation>
        </message>
        <message>
            <source>Cold pack</source>
            <translation>Kältepack</translation>
        </message>
        <message>
            <source>Heat</source>
            <translation>Wärme</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Bewegung</translation>
        </message>
        <message>
            <source>Physical therapy</source>
            <translation>Physiotherapie</translation>
        </message>
        <message>
            <source>Massage</source>
            <translation>Massage</translation>
        </message>
        <message>
            <source>Spinal manipulation</source>
            <translation>Wirbelsäulenmanipulation</translation>
        </message>
        <message>
            <source>Mindfulness / CBT</source>
            <translation>Achtsamkeit / KVT</translation>
        </message>
        <message>
            <source>Medication</source>
            <translation>Medikament</translation>
        </message>
        <message>
            <source>Kratom</source>
            <translation>Kratom</translation>
        </message>
        <message>
            <source>Injection / procedure</source>
            <translation>Injektion / Eingriff</translation>
        </message>
    </context>
    <context>
        <name>TherapiesPage</name>
        <message>
            <source>Your therapies and medications. Archived ones are hidden from the pickers; their sessions stay in your journal. Changes are saved at once; Undo puts them back.</source>
            <translation>Ihre Therapien und Medikamente. Archivierte sind in den Auswahllisten ausgeblendet; ihre Sitzungen bleiben in Ihrem Tagebuch. Änderungen werden sofort gespeichert; Rückgängig stellt sie wieder her.</translation>
        </message>
        <message>
            <source>Therapies and medications</source>
            <translation>Therapien und Medikamente</translation>
        </message>
        <message>
            <source>Add thera&amp;py…</source>
            <translation>Thera&amp;pie hinzufügen…</translation>
        </message>
        <message>
            <source>Add &amp;medication…</source>
            <translation>&amp;Medikament hinzufügen…</translation>
        </message>
        <message>
            <source>Re&amp;name</source>
            <translation>&amp;Umbenennen</translation>
        </message>
        <message>
            <source>&amp;Colour…</source>
            <translation>&amp;Farbe…</translation>
        </message>
        <message>
            <source>&amp;Default colour</source>
            <translation>&amp;Standardfarbe</translation>
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation>&amp;Archivieren</translation>
        </message>
        <message>
            <source>Built in: its name and category stay; its reference card is under Help &gt; Therapy reference cards.</source>
            <translation>Eingebaut: Name und Kategorie bleiben; ihre Infokarte finden Sie unter Hilfe &gt; Infokarten zu Therapien.</translation>
        </message>
        <message>
            <source>Your notes card</source>
            <translation>Ihre Notizkarte</translation>
        </message>
        <message>
            <source>What it is, who recommended it, what it costs, what to watch for…</source>
            <translation>Was sie ist, wer sie empfohlen hat, was sie kostet, worauf zu achten ist…</translation>
        </message>
        <message>
            <source>&amp;Save notes</source>
            <translation>Notizen &amp;speichern</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Categor&amp;y</source>
            <translation>Kate&amp;gorie</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Farbe</translation>
        </message>
        <message>
            <source>Bring &amp;back</source>
            <translation>&amp;Zurückholen</translation>
        </message>
        <message>
            <source>Colour of {name}</source>
            <translation>Farbe von {name}</translation>
        </message>
    </context>
    <context>
        <name>TherapyCardPanel</name>
        <message>
            <source>Pick a therapy to see what is known about it.</source>
            <translation>Wählen Sie eine Therapie, um zu sehen, was über sie bekannt ist.</translation>
        </message>
        <message>
            <source>There is no reference card for {name} yet.</source>
            <translation>Für {name} gibt es noch keine Infokarte.</translation>
        </message>
    </context>
    <context>
        <name>TherapyDialogs</name>
        <message>
            <source>Non-drug</source>
            <translation>Ohne Medikamente</translation>
        </message>
        <message>
            <source>Drug or substance</source>
            <translation>Medikament oder Substanz</translation>
        </message>
        <message>
            <source>Procedure</source>
            <translation>Eingriff</translation>
        </message>
    </context>
    <context>
        <name>TherapyEffect</name>
        <message>
            <source>Right after a session pain was</source>
            <extracomment>single comparisons whose own fall reached &gt;= 2 points or &gt;= 30 % (None for immediate changes) single comparisons whose own rise reached &gt;= 2 points or &gt;= 30 % (None for immediate changes)</extracomment>
            <translation>Direkt nach einer Sitzung war der Schmerz</translation>
        </message>
        <message>
            <source>sessions with a score before and after</source>
            <translation>Sitzungen mit einem Wert vorher und nachher</translation>
        </message>
        <message>
            <source>In the {window_days} days after a session daily pain was</source>
            <translation>In den {window_days} Tagen nach einer Sitzung war der Tagesschmerz</translation>
        </message>
        <message>
            <source>sessions with entries in the {window_days} days around them</source>
            <translation>Sitzungen mit Einträgen in den {window_days} Tagen um sie herum</translation>
        </message>
        <message>
            <source>These numbers show what happened around the sessions, not why; other treatments and the natural course of back pain change them too.</source>
            <translation>Diese Zahlen zeigen, was rund um die Sitzungen geschah, nicht warum; andere Behandlungen und der natürliche Verlauf von Rückenschmerzen verändern sie ebenfalls.</translation>
        </message>
        <message numerus="yes">
            <source>{name}: %n sessions in this period.</source>
            <extracomment>single comparisons whose own fall reached &gt;= 2 points or &gt;= 30 % (None for immediate changes) single comparisons whose own rise reached &gt;= 2 points or &gt;= 30 % (None for immediate changes)</extracomment>
            <translation>
                <numerusform>{name}: %n Sitzung in diesem Zeitraum.</numerusform>
                <numerusform>{name}: %n Sitzungen in diesem Zeitraum.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TherapyPicker</name>
        <message>
            <source>Therapy</source>
            <translation>Therapie</translation>
        </message>
        <message>
            <source>{name} (archived)</source>
            <translation>{name} (archiviert)</translation>
        </message>
    </context>
    <context>
        <name>Thresholds</name>
        <message>
            <source>reached</source>
            <translation>erreicht</translation>
        </message>
        <message>
            <source>not reached</source>
            <translation>nicht erreicht</translation>
        </message>
        <message>
            <source>≥ 2 points or ≥ 30 %</source>
            <extracomment>IMMPACT (Dworkin 2008) percent bands for a fall what is printed: one decimal</extracomment>
            <translation>≥ 2 Punkte oder ≥ 30 %</translation>
        </message>
        <message>
            <source>minimal</source>
            <translation>minimale</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>mäßige</translation>
        </message>
        <message>
            <source>substantial</source>
            <translation>erhebliche</translation>
        </message>
        <message>
            <source>{before} → {after}: {points} points</source>
            <translation>{before} → {after}: {points} Punkte</translation>
        </message>
        <message>
            <source>about the same</source>
            <translation>etwa gleich</translation>
        </message>
        <message>
            <source>{size} points lower</source>
            <translation>{size} Punkte niedriger</translation>
        </message>
        <message>
            <source>{size} points higher</source>
            <translation>{size} Punkte höher</translation>
        </message>
        <message>
            <source>✔ clinically important fall</source>
            <translation>✔ klinisch bedeutsamer Rückgang</translation>
        </message>
        <message>
            <source>worsening ({threshold} higher)</source>
            <translation>Verschlechterung ({threshold} höher)</translation>
        </message>
        <message>
            <source>That is a worsening: pain rose by {threshold}.</source>
            <translation>Das ist eine Verschlechterung: Der Schmerz stieg um {threshold}.</translation>
        </message>
        <message>
            <source>≥ 2 points and ≥ 30 %</source>
            <translation>≥ 2 Punkte und ≥ 30 %</translation>
        </message>
        <message>
            <source>≥ 2 points</source>
            <translation>≥ 2 Punkte</translation>
        </message>
        <message>
            <source>That fall reaches the clinically important threshold ({which}); by IMMPACT's words a {immpact} improvement.</source>
            <translation>Dieser Rückgang erreicht die Schwelle klinischer Bedeutsamkeit ({which}); nach den Begriffen von IMMPACT eine {immpact} Besserung.</translation>
        </message>
        <message>
            <source>That fall reaches the clinically important threshold ({which}).</source>
            <translation>Dieser Rückgang erreicht die Schwelle klinischer Bedeutsamkeit ({which}).</translation>
        </message>
        <message>
            <source>That fall is below the clinically important threshold (≥ 2 points or ≥ 30 %); by IMMPACT's words a minimal improvement (10–20 %).</source>
            <translation>Dieser Rückgang liegt unter der Schwelle klinischer Bedeutsamkeit (≥ 2 Punkte oder ≥ 30 %); nach den Begriffen von IMMPACT eine minimale Besserung (10–20 %).</translation>
        </message>
        <message>
            <source>That change is below the clinically important threshold ({threshold}).</source>
            <translation>Diese Veränderung liegt unter der Schwelle klinischer Bedeutsamkeit ({threshold}).</translation>
        </message>
    </context>
    <context>
        <name>TodayBanners</name>
        <message>
            <source>Note side effects…</source>
            <translation>Nebenwirkungen notieren…</translation>
        </message>
        <message>
            <source>Check in now</source>
            <translation>Jetzt ausfüllen</translation>
        </message>
        <message>
            <source>Not this week</source>
            <translation>Diese Woche nicht</translation>
        </message>
        <message>
            <source>Personal trial, period {number} of {periods} (pair {pair}), {start} – {end}: today is regimen {regimen}: {name}.</source>
            <translation>Persönlicher Versuch, Abschnitt {number} von {periods} (Paar {pair}), {start} – {end}: Heute gilt Vorgehen {regimen}: {name}.</translation>
        </message>
        <message>
            <source> Wash-out day {n} of {days}: these days are not counted.</source>
            <translation> Auswaschtag {n} von {days}: Diese Tage werden nicht gezählt.</translation>
        </message>
        <message>
            <source> Side effects noted: {notes}</source>
            <translation> Notierte Nebenwirkungen: {notes}</translation>
        </message>
        <message>
            <source>It is {day}, your weekly PEG check-in day: three questions about the past week (pain, enjoyment of life, general activity).</source>
            <translation>Heute ist {day}, Ihr Tag für die wöchentliche PEG-Abfrage: drei Fragen zur vergangenen Woche (Schmerz, Lebensfreude, allgemeine Aktivität).</translation>
        </message>
        <message>
            <source>Side effects</source>
            <translation>Nebenwirkungen</translation>
        </message>
        <message>
            <source>Side effects in period {number} ({regimen_name}):</source>
            <translation>Nebenwirkungen in Abschnitt {number} ({regimen_name}):</translation>
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message>
            <source>Save pain entry  (Ctrl+Enter)</source>
            <extracomment>"Add therapy…" / "Add medication…" in the session form (the window's, shared by every picker)</extracomment>
            <translation>Schmerzeintrag speichern  (Strg+Eingabe)</translation>
        </message>
        <message>
            <source>&amp;Same as last time</source>
            <translation>&amp;Wie beim letzten Mal</translation>
        </message>
        <message>
            <source>Fill in the score, places and qualities of your last entry</source>
            <translation>Wert, Stellen und Art Ihres letzten Eintrags übernehmen</translation>
        </message>
        <message>
            <source>How is your pain?</source>
            <translation>Wie ist Ihr Schmerz?</translation>
        </message>
        <message>
            <source>Save session  (Ctrl+Enter)</source>
            <translation>Sitzung speichern  (Strg+Eingabe)</translation>
        </message>
        <message>
            <source>Log a therapy session</source>
            <translation>Eine Therapiesitzung eintragen</translation>
        </message>
        <message>
            <source>Nothing logged today or yesterday yet. Press a number key (0 to 9, or 1 then 0 for 10) for your pain right now, choose where it is, then press Ctrl+Enter to save.</source>
            <translation>Heute und gestern noch nichts eingetragen. Drücken Sie eine Zahltaste (0 bis 9, oder 1 und dann 0 für 10) für Ihren Schmerz jetzt, wählen Sie, wo er ist, und drücken Sie dann Strg+Eingabe zum Speichern.</translation>
        </message>
        <message>
            <source>Weekly PEG check-in…</source>
            <translation>Wöchentliche PEG-Abfrage…</translation>
        </message>
        <message>
            <source>Entries of today and yesterday</source>
            <translation>Einträge von heute und gestern</translation>
        </message>
        <message>
            <source>Today and yesterday</source>
            <translation>Heute und gestern</translation>
        </message>
        <message>
            <source>Saved pain {score}/10 ({regions}) at {time_text}. Undo with Ctrl+Z.</source>
            <translation>Schmerz {score}/10 ({regions}) um {time_text} gespeichert. Rückgängig mit Strg+Z.</translation>
        </message>
        <message>
            <source>Saved {name} session at {time_text}. Undo with Ctrl+Z.</source>
            <translation>Sitzung {name} um {time_text} gespeichert. Rückgängig mit Strg+Z.</translation>
        </message>
        <message>
            <source>No earlier pain entry in the last {SAME_AS_LAST_DAYS} days to copy.</source>
            <translation>Kein früherer Schmerzeintrag in den letzten {SAME_AS_LAST_DAYS} Tagen zum Übernehmen.</translation>
        </message>
        <message>
            <source>Nothing to copy yet: no pain entry in the last {SAME_AS_LAST_DAYS} days</source>
            <translation>Noch nichts zum Übernehmen: kein Schmerzeintrag in den letzten {SAME_AS_LAST_DAYS} Tagen</translation>
        </message>
        <message>
            <source>No PEG check-in yet.</source>
            <translation>Noch keine PEG-Abfrage.</translation>
        </message>
        <message>
            <source>  Due now.</source>
            <translation>  Jetzt fällig.</translation>
        </message>
        <message>
            <source>Last PEG {score:.1f} on {date_text}.{due}</source>
            <translation>Letzter PEG {score:.1f} am {date_text}.{due}</translation>
        </message>
    </context>
    <context>
        <name>TrashCmds</name>
        <message>
            <source>The trash is empty.</source>
            <translation>Der Papierkorb ist leer.</translation>
        </message>
        <message>
            <source>deleted {deleted}  {table_line}</source>
            <translation>gelöscht {deleted}  {table_line}</translation>
        </message>
        <message>
            <source>{len} record(s) in the trash. 'backjournal undelete KIND ID' brings one back; 'backjournal empty-trash --yes' erases them for good.</source>
            <translation>{len} Datensätze im Papierkorb. 'backjournal undelete ART ID' holt einen zurück; 'backjournal empty-trash --yes' löscht sie endgültig.</translation>
        </message>
        <message>
            <source>{removed} record(s) erased for good; their text is gone from the journal file.</source>
            <translation>{removed} Datensätze endgültig gelöscht; ihr Text ist aus der Tagebuchdatei entfernt.</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message>
            <source>Deleted</source>
            <translation>Gelöscht</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>Papierkorb</translation>
        </message>
        <message>
            <source>Records you deleted stay here until you empty the trash. Restore brings them back into the journal.</source>
            <translation>Gelöschte Datensätze bleiben hier, bis Sie den Papierkorb leeren. Wiederherstellen holt sie ins Tagebuch zurück.</translation>
        </message>
        <message>
            <source>The trash is empty.</source>
            <translation>Der Papierkorb ist leer.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <source>Bring the selected records back into the journal</source>
            <translation>Die ausgewählten Datensätze ins Tagebuch zurückholen</translation>
        </message>
        <message>
            <source>&amp;Empty trash…</source>
            <translation>Papierkorb &amp;leeren…</translation>
        </message>
        <message>
            <source>Erase everything in the trash for good</source>
            <translation>Alles im Papierkorb endgültig löschen</translation>
        </message>
        <message>
            <source>Empty the trash?</source>
            <translation>Papierkorb leeren?</translation>
        </message>
        <message>
            <source>Emptying the trash…</source>
            <translation>Der Papierkorb wird geleert…</translation>
        </message>
        <message>
            <source>This cannot be undone: their scores and notes are removed from the journal file. Backups made before now still contain them.</source>
            <translation>Das lässt sich nicht rückgängig machen: Ihre Werte und Notizen werden aus der Tagebuchdatei entfernt. Sicherungen, die vor jetzt erstellt wurden, enthalten sie noch.</translation>
        </message>
        <message>
            <source>Erase for good</source>
            <translation>Endgültig löschen</translation>
        </message>
        <message numerus="yes">
            <source>Erase the %n records in the trash for good?</source>
            <translation>
                <numerusform>Den %n Datensatz im Papierkorb endgültig löschen?</numerusform>
                <numerusform>Die %n Datensätze im Papierkorb endgültig löschen?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Erased %n records for good.</source>
            <translation>
                <numerusform>%n Datensatz endgültig gelöscht.</numerusform>
                <numerusform>%n Datensätze endgültig gelöscht.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <source>Marked periods</source>
            <extracomment>rows of period labels at the top of the pain axes before labels are shortened to their own room inches a second legend row takes (a narrow chart) the shaded span of a marked period (and its legend swatch)</extracomment>
            <translation>Markierte Zeiträume</translation>
        </message>
        <message>
            <source>Marked period</source>
            <translation>Markierter Zeitraum</translation>
        </message>
        <message>
            <source>Therapy courses</source>
            <translation>Therapiekurse</translation>
        </message>
        <message>
            <source>Therapy course</source>
            <translation>Therapiekurs</translation>
        </message>
        <message>
            <source>Marked periods and courses</source>
            <translation>Markierte Zeiträume und Kurse</translation>
        </message>
        <message>
            <source>Pain (0–10)</source>
            <extracomment>frame, text and pain-line colours (charts.palette.LIGHT or DARK: the window's theme) on screen, the artists that change with the range are "animated": a normal draw skips them and ``draw_dynamic`` paints them over a cached background (blitting)</extracomment>
            <translation>Schmerz (0–10)</translation>
        </message>
        <message>
            <source>Lowest–highest that day</source>
            <translation>Niedrigster–höchster Wert des Tages</translation>
        </message>
        <message>
            <source>Daily mean</source>
            <translation>Tagesmittel</translation>
        </message>
        <message>
            <source>{window}-day mean</source>
            <translation>{window}-Tage-Mittel</translation>
        </message>
        <message>
            <source>No pain entries in this period</source>
            <translation>Keine Schmerzeinträge in diesem Zeitraum</translation>
        </message>
        <message>
            <source>{window}-day rolling mean</source>
            <extracomment>the marked periods that overlap the range shown (set by ``show_range``)</extracomment>
            <translation>Gleitendes {window}-Tage-Mittel</translation>
        </message>
        <message numerus="yes">
            <source>%n pain entries</source>
            <translation>
                <numerusform>%n Schmerzeintrag</numerusform>
                <numerusform>%n Schmerzeinträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n therapy sessions</source>
            <translation>
                <numerusform>%n Therapiesitzung</numerusform>
                <numerusform>%n Therapiesitzungen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Trends</name>
        <message>
            <source>2 weeks</source>
            <extracomment>English, marked for translation; the window shows translate("Trends", label)</extracomment>
            <translation>2 Wochen</translation>
        </message>
        <message>
            <source>30 days</source>
            <translation>30 Tage</translation>
        </message>
        <message>
            <source>90 days</source>
            <translation>90 Tage</translation>
        </message>
        <message>
            <source>1 year</source>
            <translation>1 Jahr</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
    </context>
    <context>
        <name>TrendsCmds</name>
        <message>
            <source>a whole number of days from 1 to 365</source>
            <translation>eine ganze Zahl von Tagen von 1 bis 365</translation>
        </message>
        <message>
            <source>saved {kind} chart of {start} to {end} as {path}</source>
            <translation>Diagramm ({kind}) vom {start} bis {end} gespeichert als {path}</translation>
        </message>
        <message>
            <source>a whole number from 0 to 4294967295</source>
            <translation>eine ganze Zahl von 0 bis 4294967295</translation>
        </message>
        <message>
            <source>demo journal from {start} to {end}: {pain_entries} pain entries, {sessions} therapy sessions, {peg_checkins} PEG check-ins, {periods} marked periods</source>
            <translation>Demo-Tagebuch vom {start} bis {end}: {pain_entries} Schmerzeinträge, {sessions} Therapiesitzungen, {peg_checkins} PEG-Abfragen, {periods} markierte Zeiträume</translation>
        </message>
        <message>
            <source>marked {label!r} from {start} to {end} (uid {uid})</source>
            <translation>{label!r} markiert vom {start} bis {end} (uid {uid})</translation>
        </message>
        <message>
            <source>No marked periods.</source>
            <translation>Keine markierten Zeiträume.</translation>
        </message>
        <message>
            <source>removed marked period {label!r} ({start} – {end}, uid {uid})</source>
            <translation>markierten Zeitraum {label!r} entfernt ({start} – {end}, uid {uid})</translation>
        </message>
    </context>
    <context>
        <name>TrendsPeg</name>
        <message>
            <source>Reading the weekly PEG…</source>
            <translation>Der wöchentliche PEG wird gelesen…</translation>
        </message>
    </context>
    <context>
        <name>TrendsText</name>
        <message>
            <source>no pain entry</source>
            <extracomment>writes a day (``weekday=False`` leaves the weekday out), e.g. ``ui.dates.date_text``</extracomment>
            <translation>kein Schmerzeintrag</translation>
        </message>
        <message>
            <source> · {window}-day mean {rolling:.1f}</source>
            <translation> · {window}-Tage-Mittel {rolling:.1f}</translation>
        </message>
        <message>
            <source>{minutes} minutes</source>
            <translation>{minutes} Minuten</translation>
        </message>
        <message>
            <source>Pain before → after: {b} → {a}</source>
            <translation>Schmerz vorher → nachher: {b} → {a}</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Where / who</source>
            <translation>Wo / wer</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>No session has a pain score before and after.</source>
            <translation>Keine Sitzung hat einen Schmerzwert vorher und nachher.</translation>
        </message>
        <message>
            <source>Average pain right before → right after a session: {arithmetic} (n = {n}). A change over minutes, not judged against the thresholds for change over weeks.</source>
            <translation>Mittlerer Schmerz direkt vor → direkt nach einer Sitzung: {arithmetic} (n = {n}). Eine Veränderung über Minuten, nicht an den Schwellen für Veränderungen über Wochen gemessen.</translation>
        </message>
        <message numerus="yes">
            <source>mean pain {mean:.1f} (lowest {lo:.0f}, highest {hi:.0f}, %n entries)</source>
            <extracomment>writes a day (``weekday=False`` leaves the weekday out), e.g. ``ui.dates.date_text``</extracomment>
            <translation>
                <numerusform>mittlerer Schmerz {mean:.1f} (niedrigster {lo:.0f}, höchster {hi:.0f}, %n Eintrag)</numerusform>
                <numerusform>mittlerer Schmerz {mean:.1f} (niedrigster {lo:.0f}, höchster {hi:.0f}, %n Einträge)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sessions from {start} to {end}.</source>
            <translation>
                <numerusform>%n Sitzung vom {start} bis {end}.</numerusform>
                <numerusform>%n Sitzungen vom {start} bis {end}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrendsView</name>
        <message>
            <source>Click a session marker to see that session.</source>
            <translation>Klicken Sie auf eine Sitzungsmarkierung, um diese Sitzung zu sehen.</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG-Bild (*.png)</translation>
        </message>
        <message>
            <source>SVG image (*.svg)</source>
            <translation>SVG-Bild (*.svg)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF-Dokument (*.pdf)</translation>
        </message>
        <message>
            <source>Trend</source>
            <extracomment>the chart selector: kind -&gt; (button text, tooltip)</extracomment>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Daily pain, its rolling mean and your therapy sessions over time</source>
            <translation>Täglicher Schmerz, sein gleitender Mittelwert und Ihre Therapiesitzungen im Zeitverlauf</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Kalender</translation>
        </message>
        <message>
            <source>Daily mean pain as a calendar, a year per row; grey days have no entry</source>
            <translation>Täglicher mittlerer Schmerz als Kalender, ein Jahr pro Zeile; graue Tage haben keinen Eintrag</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Was sich änderte</translation>
        </message>
        <message>
            <source>Pain before and after the sessions of each therapy: what happened around them, not why</source>
            <translation>Schmerz vor und nach den Sitzungen jeder Therapie: was um sie herum geschah, nicht warum</translation>
        </message>
        <message>
            <source>Show {lower}</source>
            <extracomment>emitted after each canvas draw with the seconds it took (the benchmark listens) emitted once, after the trend chart's first full draw: the side panel's own charts follow it whether the journal is encrypted now (an exported chart is not: the person is asked first) where a saved chart is announced (the window's "Saved" message); else the status line only ui.dialogs.therapy_dialogs.TherapyAdder: "Add therapy…" in the course and period pickers the window's UndoActions (``push(command) -&gt; bool``); without one, commands just run the reference card above the numbers (widgets/therapy_card_panel.py attach_card_panel) True while the selected therapy is the automatic "used most in the range" (not the person's click) Preferences: the theme's chart colours (charts.palette.LIGHT / DARK; None = light) and week start</extracomment>
            <translation>{lower} zeigen</translation>
        </message>
        <message>
            <source>Show the whole journal</source>
            <translation>Das ganze Tagebuch zeigen</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Show from date</source>
            <translation>Ab Datum zeigen</translation>
        </message>
        <message>
            <source>Show to date</source>
            <translation>Bis Datum zeigen</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Zeigen</translation>
        </message>
        <message>
            <source>Show the days from the first date to the second</source>
            <translation>Die Tage vom ersten bis zum zweiten Datum zeigen</translation>
        </message>
        <message>
            <source>Therapies: all</source>
            <translation>Therapien: alle</translation>
        </message>
        <message>
            <source>Show pain of one body region</source>
            <translation>Schmerz einer Körperregion zeigen</translation>
        </message>
        <message>
            <source>Loading the chart…</source>
            <translation>Diagramm wird geladen…</translation>
        </message>
        <message>
            <source>Your numbers</source>
            <translation>Ihre Zahlen</translation>
        </message>
        <message>
            <source>Click a therapy's lane or marker to see its numbers.</source>
            <translation>Klicken Sie auf die Spur oder Markierung einer Therapie, um ihre Zahlen zu sehen.</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sitzung</translation>
        </message>
        <message>
            <source>Export chart…</source>
            <translation>Diagramm exportieren…</translation>
        </message>
        <message>
            <source>Save the chart that is shown as PNG, SVG or PDF</source>
            <translation>Das gezeigte Diagramm als PNG, SVG oder PDF speichern</translation>
        </message>
        <message>
            <source>The calendar shows pain only</source>
            <translation>Der Kalender zeigt nur den Schmerz</translation>
        </message>
        <message>
            <source>Which therapies to show</source>
            <translation>Welche Therapien gezeigt werden</translation>
        </message>
        <message>
            <source>{date_text}: outside the period shown</source>
            <translation>{date_text}: außerhalb des gezeigten Zeitraums</translation>
        </message>
        <message>
            <source>Show all therapies</source>
            <translation>Alle Therapien zeigen</translation>
        </message>
        <message>
            <source>Therapies: {count}</source>
            <translation>Therapien: {count}</translation>
        </message>
        <message>
            <source>Pain: all regions</source>
            <translation>Schmerz: alle Regionen</translation>
        </message>
        <message>
            <source>Pain: {label}</source>
            <translation>Schmerz: {label}</translation>
        </message>
        <message>
            <source>Nothing to chart yet. Log your pain on the Today tab (Ctrl+1) for a few days and your trend appears here. To look around first, use File &gt; Explore with sample data.</source>
            <translation>Noch nichts darzustellen. Tragen Sie einige Tage lang unter Heute (Strg+1) Ihren Schmerz ein, dann erscheint hier Ihr Verlauf. Zum Umsehen vorab: Datei &gt; Mit Beispieldaten ausprobieren.</translation>
        </message>
        <message>
            <source>Nothing logged in this period. Choose a longer range (1 year or All).</source>
            <translation>In diesem Zeitraum ist nichts eingetragen. Wählen Sie einen längeren Bereich (1 Jahr oder Alle).</translation>
        </message>
        <message>
            <source>No therapy sessions in this period. Log one on the Today tab; its numbers then appear here.</source>
            <translation>Keine Therapiesitzungen in diesem Zeitraum. Tragen Sie eine unter Heute ein; ihre Zahlen erscheinen dann hier.</translation>
        </message>
        <message>
            <source>No sessions shown in this period.</source>
            <translation>Keine Sitzungen in diesem Zeitraum gezeigt.</translation>
        </message>
        <message>
            <source>{therapies}: click to see its numbers</source>
            <translation>{therapies}: klicken, um ihre Zahlen zu sehen</translation>
        </message>
        <message>
            <source>Session: {lines}</source>
            <translation>Sitzung: {lines}</translation>
        </message>
        <message>
            <source>Saved the chart as {saved}</source>
            <translation>Diagramm gespeichert als {saved}</translation>
        </message>
        <message>
            <source>chart</source>
            <translation>Diagramm</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>Diagramm exportieren</translation>
        </message>
    </context>
    <context>
        <name>TrialCmds</name>
        <message>
            <source>a trial id as 'backjournal trial show' shows it</source>
            <translation>eine Versuchs-ID, wie 'backjournal trial show' sie zeigt</translation>
        </message>
        <message>
            <source>No personal trial yet; 'backjournal trial start' starts one.</source>
            <translation>Noch kein persönlicher Versuch; 'backjournal trial start' beginnt einen.</translation>
        </message>
        <message>
            <source>a whole number of pairs from {PAIRS_MIN} to {PAIRS_MAX}</source>
            <translation>eine ganze Zahl von Paaren von {PAIRS_MIN} bis {PAIRS_MAX}</translation>
        </message>
        <message>
            <source>a whole number of days from {PERIOD_DAYS_MIN} to {PERIOD_DAYS_MAX}</source>
            <translation>eine ganze Zahl von Tagen von {PERIOD_DAYS_MIN} bis {PERIOD_DAYS_MAX}</translation>
        </message>
        <message>
            <source>a whole number of days shorter than a period</source>
            <translation>eine ganze Zahl von Tagen, kürzer als ein Abschnitt</translation>
        </message>
        <message>
            <source>a whole number from 0 to {SEED_MAX}</source>
            <translation>eine ganze Zahl von 0 bis {SEED_MAX}</translation>
        </message>
        <message>
            <source>trial {id}: A = {regimen_a}, B = {regimen_b}; {pairs} pairs of {period_days}-day periods from {start} to {planned_end} (seed {seed})</source>
            <translation>Versuch {id}: A = {regimen_a}, B = {regimen_b}; {pairs} Paare von {period_days}-tägigen Abschnitten vom {start} bis {planned_end} (Startwert {seed})</translation>
        </message>
        <message>
            <source> (wash-out to {washout_end})</source>
            <translation> (Auswaschzeit bis {washout_end})</translation>
        </message>
        <message>
            <source>  period {number:&gt;2} (pair {pair}): {start} – {end}  {regimen}: {regimen_name}{washout}</source>
            <translation>  Abschnitt {number:&gt;2} (Paar {pair}): {start} – {end}  {regimen}: {regimen_name}{washout}</translation>
        </message>
        <message>
            <source>wrote the trial's page to {output}</source>
            <translation>Seite des Versuchs geschrieben nach {output}</translation>
        </message>
        <message>
            <source>Trial {id}: A = {regimen_a}; B = {regimen_b}</source>
            <translation>Versuch {id}: A = {regimen_a}; B = {regimen_b}</translation>
        </message>
        <message>
            <source>{pairs} pairs of {period_days}-day periods, {start} – {last_day}</source>
            <translation>{pairs} Paare von {period_days}-tägigen Abschnitten, {start} – {last_day}</translation>
        </message>
        <message>
            <source>, wash-out {washout_days} days</source>
            <translation>, Auswaschzeit {washout_days} Tage</translation>
        </message>
        <message>
            <source>; seed {seed}</source>
            <translation>; Startwert {seed}</translation>
        </message>
        <message>
            <source>; side effects: {side_effects}</source>
            <translation>; Nebenwirkungen: {side_effects}</translation>
        </message>
        <message>
            <source>  {number:&gt;2} pair {pair} {regimen} {start} – {end}: mean {fmt_mean} ({days} days)</source>
            <translation>  {number:&gt;2} Paar {pair} {regimen} {start} – {end}: Mittel {fmt_mean} ({days} Tage)</translation>
        </message>
        <message>
            <source>Under A: {fmt_mean} ({days_a} days); under B: {fmt_mean2} ({days_b} days)</source>
            <translation>Unter A: {fmt_mean} ({days_a} Tage); unter B: {fmt_mean2} ({days_b} Tage)</translation>
        </message>
        <message>
            <source>a period number from 1 to {value}</source>
            <translation>eine Abschnittsnummer von 1 bis {value}</translation>
        </message>
        <message>
            <source>trial {id}, period {period}: side effects </source>
            <translation>Versuch {id}, Abschnitt {period}: Nebenwirkungen </translation>
        </message>
        <message>
            <source>noted</source>
            <translation>notiert</translation>
        </message>
        <message>
            <source>cleared</source>
            <translation>gelöscht</translation>
        </message>
        <message>
            <source>trial {id} stopped; its last day is {last_day}</source>
            <translation>Versuch {id} beendet; sein letzter Tag ist {last_day}</translation>
        </message>
    </context>
    <context>
        <name>TrialDialogs</name>
        <message>
            <source> (wash-out until {date_text})</source>
            <translation> (Auswaschzeit bis {date_text})</translation>
        </message>
        <message>
            <source>Period {number} (pair {pair}): {date_text} – {date_text2}: {regimen} = {regimen_name}{washout}</source>
            <translation>Abschnitt {number} (Paar {pair}): {date_text} – {date_text2}: {regimen} = {regimen_name}{washout}</translation>
        </message>
        <message>
            <source>is not allowed</source>
            <translation>ist nicht erlaubt</translation>
        </message>
        <message>
            <source>Regimen A</source>
            <translation>Vorgehen A</translation>
        </message>
        <message>
            <source>Regimen B</source>
            <translation>Vorgehen B</translation>
        </message>
        <message>
            <source>The number of pairs</source>
            <translation>Die Anzahl der Paare</translation>
        </message>
        <message>
            <source>Days per period</source>
            <translation>Tage pro Abschnitt</translation>
        </message>
        <message>
            <source>The wash-out</source>
            <translation>Die Auswaschzeit</translation>
        </message>
        <message>
            <source>The seed</source>
            <translation>Der Startwert</translation>
        </message>
        <message>
            <source>The first day</source>
            <translation>Der erste Tag</translation>
        </message>
        <message>
            <source>This</source>
            <translation>Dies</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>ist leer</translation>
        </message>
        <message>
            <source>{subject}: {problem}. Allowed: {allowed}.</source>
            <translation>{subject}: {problem}. Erlaubt: {allowed}.</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Regimen</source>
            <translation>Vorgehen</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>Mean pain</source>
            <translation>Mittlerer Schmerz</translation>
        </message>
        <message>
            <source>Days with data</source>
            <translation>Tage mit Daten</translation>
        </message>
        <message>
            <source>PEG</source>
            <translation>PEG</translation>
        </message>
        <message>
            <source>Side effects</source>
            <translation>Nebenwirkungen</translation>
        </message>
        <message>
            <source>Under A ({regimen_a}): mean daily pain {num} over {days_a} days{peg}</source>
            <translation>Unter A ({regimen_a}): mittlerer täglicher Schmerz {num} über {days_a} Tage{peg}</translation>
        </message>
        <message>
            <source>Under B ({regimen_b}): mean daily pain {num} over {days_b} days{peg}</source>
            <translation>Unter B ({regimen_b}): mittlerer täglicher Schmerz {num} über {days_b} Tage{peg}</translation>
        </message>
        <message>
            <source>B − A: not yet (no pair has pain entries under both regimens).</source>
            <translation>B − A: noch nicht (kein Paar hat Schmerzeinträge unter beiden Vorgehensweisen).</translation>
        </message>
        <message>
            <source>B − A: {signed} points (1 complete pair; an interval needs 2).</source>
            <translation>B − A: {signed} Punkte (1 vollständiges Paar; ein Intervall braucht 2).</translation>
        </message>
        <message>
            <source>B − A: {signed} points, 95 % interval {signed2} to {signed3} ({pairs_complete} complete pairs).</source>
            <translation>B − A: {signed} Punkte, 95-%-Intervall {signed2} bis {signed3} ({pairs_complete} vollständige Paare).</translation>
        </message>
        <message>
            <source>Stop the trial</source>
            <translation>Versuch beenden</translation>
        </message>
    </context>
    <context>
        <name>TrialPage</name>
        <message>
            <source>Personal trial (N-of-1): {day} – {day2}</source>
            <translation>Persönlicher Versuch (N-of-1): {day} – {day2}</translation>
        </message>
        <message>
            <source>; the first {washout_days} days of each period are a wash-out, left out of the analysis</source>
            <translation>; die ersten {washout_days} Tage jedes Abschnitts sind Auswaschzeit und gehen nicht in die Auswertung ein</translation>
        </message>
        <message>
            <source>Regimen A</source>
            <translation>Vorgehen A</translation>
        </message>
        <message>
            <source>Regimen B</source>
            <translation>Vorgehen B</translation>
        </message>
        <message>
            <source>Design</source>
            <translation>Aufbau</translation>
        </message>
        <message>
            <source>{pairs} pairs of {period_days}-day periods, the order inside each pair drawn at random (seed {seed}: {join}){washout}</source>
            <translation>{pairs} Paare von {period_days}-tägigen Abschnitten, die Reihenfolge innerhalb jedes Paars zufällig gezogen (Startwert {seed}: {join}){washout}</translation>
        </message>
        <message>
            <source>; stopped on {day}</source>
            <translation>; beendet am {day}</translation>
        </message>
        <message>
            <source>Mean daily pain</source>
            <translation>Mittlerer täglicher Schmerz</translation>
        </message>
        <message>
            <source>A {fmt_mean} ({days_a} days) · B {fmt_mean2} ({days_b} days)</source>
            <translation>A {fmt_mean} ({days_a} Tage) · B {fmt_mean2} ({days_b} Tage)</translation>
        </message>
        <message>
            <source>Weekly PEG</source>
            <translation>Wöchentlicher PEG</translation>
        </message>
        <message>
            <source>; 95 % interval {signed} to {signed2}</source>
            <translation>; 95-%-Intervall {signed} bis {signed2}</translation>
        </message>
        <message>
            <source>Difference B − A</source>
            <translation>Unterschied B − A</translation>
        </message>
        <message>
            <source>Pair</source>
            <translation>Paar</translation>
        </message>
        <message>
            <source>Reg.</source>
            <translation>Vorg.</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Mittel</translation>
        </message>
        <message>
            <source>Days with data</source>
            <translation>Tage mit Daten</translation>
        </message>
        <message>
            <source>Side effects</source>
            <translation>Nebenwirkungen</translation>
        </message>
        <message>
            <source>Period means are means of daily means over each period's analysed days; the difference is the mean of the pairs' differences (B − A), its 95 % interval the t-interval on them.</source>
            <translation>Abschnittsmittel sind Mittel der Tagesmittel über die ausgewerteten Tage jedes Abschnitts; der Unterschied ist das Mittel der Unterschiede der Paare (B − A), sein 95-%-Intervall das t-Intervall darüber.</translation>
        </message>
        <message numerus="yes">
            <source>{signed} points over %n complete pairs{ci}</source>
            <translation>
                <numerusform>{signed} Punkte über %n vollständiges Paar{ci}</numerusform>
                <numerusform>{signed} Punkte über %n vollständige Paare{ci}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrialResult</name>
        <message>
            <source>Not enough data yet: {n} of {pairs} pairs have pain entries under both regimens; a comparison needs at least 2.</source>
            <translation>Noch nicht genug Daten: {n} von {pairs} Paaren haben Schmerzeinträge unter beiden Vorgehensweisen; ein Vergleich braucht mindestens 2.</translation>
        </message>
        <message>
            <source>95 % interval {signed} to {signed2} points</source>
            <translation>95-%-Intervall {signed} bis {signed2} Punkte</translation>
        </message>
        <message>
            <source> So far {n} of {pairs} pairs are complete.</source>
            <translation> Bisher sind {n} von {pairs} Paaren vollständig.</translation>
        </message>
        <message>
            <source>Pain was lower under {b} than under {a}: by {value:.1f} points on average ({span}, B − A). The interval does not include 0: over these weeks B went with less pain for you, fairly clearly.</source>
            <translation>Der Schmerz war unter {b} niedriger als unter {a}: im Mittel um {value:.1f} Punkte ({span}, B − A). Das Intervall schließt 0 nicht ein: In diesen Wochen ging B für Sie ziemlich deutlich mit weniger Schmerz einher.</translation>
        </message>
        <message>
            <source>Pain was lower under {a} than under {b}: by {diff:.1f} points on average ({span}, B − A). The interval does not include 0: over these weeks A went with less pain for you, fairly clearly.</source>
            <translation>Der Schmerz war unter {a} niedriger als unter {b}: im Mittel um {diff:.1f} Punkte ({span}, B − A). Das Intervall schließt 0 nicht ein: In diesen Wochen ging A für Sie ziemlich deutlich mit weniger Schmerz einher.</translation>
        </message>
        <message>
            <source>No clear difference: B − A averaged {signed} points, and the {span} includes no difference. These weeks do not show which regimen went with less pain for you.</source>
            <translation>Kein klarer Unterschied: B − A betrug im Mittel {signed} Punkte, und das {span} schließt keinen Unterschied ein. Diese Wochen zeigen nicht, welches Vorgehen für Sie mit weniger Schmerz einherging.</translation>
        </message>
    </context>
    <context>
        <name>TrialResultDialog</name>
        <message>
            <source>Personal trial result</source>
            <translation>Ergebnis des persönlichen Versuchs</translation>
        </message>
        <message>
            <source>Schedule with each period's mean pain</source>
            <translation>Plan mit dem mittleren Schmerz jedes Abschnitts</translation>
        </message>
        <message>
            <source>Mean pain under A and B</source>
            <translation>Mittlerer Schmerz unter A und B</translation>
        </message>
        <message>
            <source>What the numbers say</source>
            <translation>Was die Zahlen sagen</translation>
        </message>
        <message>
            <source>Save page for my &amp;physician…</source>
            <translation>Seite für meine Ärztin / meinen &amp;Arzt speichern…</translation>
        </message>
        <message>
            <source>S&amp;top the trial</source>
            <translation>Versuch b&amp;eenden</translation>
        </message>
        <message>
            <source>Stopping the trial can be undone with Ctrl+Z.</source>
            <translation>Das Beenden des Versuchs lässt sich mit Strg+Z rückgängig machen.</translation>
        </message>
        <message>
            <source>stopped on </source>
            <translation>beendet am </translation>
        </message>
        <message>
            <source>A = {regimen_a}; B = {regimen_b}. {pairs} pairs of {period_days}-day periods, {date_text} – {date_text2} ({state})</source>
            <translation>A = {regimen_a}; B = {regimen_b}. {pairs} Paare von {period_days}-tägigen Abschnitten, {date_text} – {date_text2} ({state})</translation>
        </message>
        <message>
            <source>; the first {washout_days} days of each period are a wash-out, left out</source>
            <translation>; die ersten {washout_days} Tage jedes Abschnitts sind Auswaschzeit und werden nicht gewertet</translation>
        </message>
        <message>
            <source>. Seed {seed}.</source>
            <translation>. Startwert {seed}.</translation>
        </message>
        <message>
            <source>{number} (pair {pair})</source>
            <translation>{number} (Paar {pair})</translation>
        </message>
        <message>
            <source>Save the page for my physician</source>
            <translation>Seite für meine Ärztin / meinen Arzt speichern</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Stop the personal trial of {regimen_a} (A) and {regimen_b} (B) today? Its result will use the days up to today. You can undo this with Ctrl+Z.</source>
            <translation>Den persönlichen Versuch von {regimen_a} (A) und {regimen_b} (B) heute beenden? Sein Ergebnis verwendet die Tage bis heute. Sie können das mit Strg+Z rückgängig machen.</translation>
        </message>
    </context>
    <context>
        <name>Trials</name>
        <message>
            <source>no data</source>
            <translation>keine Daten</translation>
        </message>
        <message>
            <source>{mean:.1f}
{days} d</source>
            <translation>{mean:.1f}
{days} T.</translation>
        </message>
        <message>
            <source>Mean daily pain (0–10)</source>
            <translation>Mittlerer täglicher Schmerz (0–10)</translation>
        </message>
    </context>
    <context>
        <name>UndoActions</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>&amp;Undo {u}</source>
            <translation>&amp;Rückgängig: {u}</translation>
        </message>
        <message>
            <source>&amp;Redo {r}</source>
            <translation>&amp;Wiederholen: {r}</translation>
        </message>
    </context>
    <context>
        <name>UserTherapyCard</name>
        <message>
            <source>This is a therapy you added yourself, so BackJournal has no reference card for it. Write down what you know: what it is, who recommended it, what it costs, what to watch for. Your notes are stored in your journal on this computer.</source>
            <translation>Dies ist eine Therapie, die Sie selbst hinzugefügt haben, deshalb hat BackJournal keine Infokarte dafür. Schreiben Sie auf, was Sie wissen: was sie ist, wer sie empfohlen hat, was sie kostet, worauf zu achten ist. Ihre Notizen werden in Ihrem Tagebuch auf diesem Computer gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>UserTherapyCardView</name>
        <message>
            <source>Open its class card</source>
            <extracomment>Another card was asked for (the red-flags button): the container decides how to show it. The notes were saved (the therapy key). A named medication's link to the reference card of its class (hidden for other therapies).</extracomment>
            <translation>Ihre Klassenkarte öffnen</translation>
        </message>
        <message>
            <source>Your notes about this therapy</source>
            <translation>Ihre Notizen zu dieser Therapie</translation>
        </message>
        <message>
            <source>Save notes</source>
            <translation>Notizen speichern</translation>
        </message>
        <message>
            <source>Class: {label}</source>
            <translation>Klasse: {label}</translation>
        </message>
        <message>
            <source>Open the reference card for its class, {label}</source>
            <translation>Die Infokarte ihrer Klasse öffnen, {label}</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <source>Not saved yet.</source>
            <translation>Noch nicht gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>Weekday</name>
        <message>
            <source>Monday</source>
            <translation>Montag</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Dienstag</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Mittwoch</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Donnerstag</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Freitag</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Samstag</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Sonntag</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>SAMPLE DATA (made up, not your journal)</source>
            <translation>BEISPIELDATEN (erfunden, nicht Ihr Tagebuch)</translation>
        </message>
        <message>
            <source>Where should your journal live?</source>
            <translation>Wo soll Ihr Tagebuch liegen?</translation>
        </message>
        <message>
            <source>Welcome to {APP_NAME}</source>
            <translation>Willkommen bei {APP_NAME}</translation>
        </message>
        <message>
            <source>A private diary for back pain: note how your pain is in a few seconds a day, log what you try (exercise, heat, a medicine, a therapist), and later see what went with better and worse days.</source>
            <translation>Ein privates Tagebuch für Rückenschmerzen: Notieren Sie in wenigen Sekunden am Tag, wie Ihr Schmerz ist, tragen Sie ein, was Sie ausprobieren (Bewegung, Wärme, ein Medikament, eine Therapeutin oder einen Therapeuten), und sehen Sie später, was mit besseren und schlechteren Tagen einherging.</translation>
        </message>
        <message>
            <source>Where your journal lives</source>
            <translation>Wo Ihr Tagebuch liegt</translation>
        </message>
        <message>
            <source>Journal folder</source>
            <translation>Tagebuchordner</translation>
        </message>
        <message>
            <source>C&amp;hoose another folder…</source>
            <translation>Einen anderen Ordner &amp;wählen…</translation>
        </message>
        <message>
            <source>The folder was given with --data-dir or BACKJOURNAL_DATA_DIR</source>
            <translation>Der Ordner wurde mit --data-dir oder BACKJOURNAL_DATA_DIR angegeben</translation>
        </message>
        <message>
            <source>Nothing leaves this computer</source>
            <translation>Nichts verlässt diesen Computer</translation>
        </message>
        <message>
            <source>{APP_NAME} never connects to the internet. Your journal is one file on this computer; reports and exports are files you save and hand on yourself. Backups are kept next to the journal.</source>
            <translation>{APP_NAME} verbindet sich nie mit dem Internet. Ihr Tagebuch ist eine Datei auf diesem Computer; Berichte und Exporte sind Dateien, die Sie selbst speichern und weitergeben. Sicherungen liegen neben dem Tagebuch.</translation>
        </message>
        <message>
            <source>Not sure yet? “Explore with sample data” opens a separate journal filled with a year of made-up entries, so you can look around Trends and the report. It is clearly labelled and never mixed into your own journal; the next start offers your own journal again.</source>
            <translation>Noch unsicher? „Mit Beispieldaten ausprobieren“ öffnet ein separates Tagebuch mit einem Jahr erfundener Einträge, damit Sie sich im Verlauf und im Bericht umsehen können. Es ist deutlich gekennzeichnet und wird nie mit Ihrem eigenen Tagebuch vermischt; beim nächsten Start wird wieder Ihr eigenes Tagebuch angeboten.</translation>
        </message>
        <message>
            <source>&amp;Start my journal</source>
            <translation>Mein Tagebuch &amp;beginnen</translation>
        </message>
        <message>
            <source>&amp;Explore with sample data</source>
            <translation>Mit Beispieldaten &amp;ausprobieren</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>{data_dir}
(the journal file will be {name} in this folder)</source>
            <translation>{data_dir}
(die Tagebuchdatei wird {name} in diesem Ordner sein)</translation>
        </message>
    </context>
    <context>
        <name>WindowPreferences</name>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
    </context>
    <context>
        <name>_ChoiceDialog</name>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
    </context>
    <context>
        <name>_Form</name>
        <message>
            <source>Optional: anything worth remembering</source>
            <translation>Optional: alles, was sich zu merken lohnt</translation>
        </message>
        <message>
            <source>{capitalize}: {problem}. Allowed: {allowed}.</source>
            <translation>{capitalize}: {problem}. Erlaubt: {allowed}.</translation>
        </message>
        <message>
            <source>a score from 0 to 10 for each chosen region, or for none</source>
            <translation>ein Wert von 0 bis 10 für jede gewählte Region oder für keine</translation>
        </message>
        <message>
            <source>no score chosen yet for this region</source>
            <translation>für diese Region ist noch kein Wert gewählt</translation>
        </message>
    </context>
    <context>
        <name>_NewPassphraseMixin</name>
        <message>
            <source>Passphrase strength</source>
            <translation>Stärke der Passphrase</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Neue Passphrase</translation>
        </message>
        <message>
            <source>New passphrase again</source>
            <translation>Neue Passphrase wiederholen</translation>
        </message>
        <message>
            <source>Again</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>At least {MIN_LENGTH} characters; a few unrelated words are easy to remember.</source>
            <extracomment>(dialog, advice) -&gt; True to go on with a weak passphrase; a test answers instead of a person</extracomment>
            <translation>Mindestens {MIN_LENGTH} Zeichen; einige zusammenhanglose Wörter sind leicht zu merken.</translation>
        </message>
    </context>
    <context>
        <name>_Pdf</name>
        <message>
            <source>Page {value} of {{nb}}</source>
            <translation>Seite {value} von {{nb}}</translation>
        </message>
        <message>
            <source>Page 9999 of 9999</source>
            <translation>Seite 9999 von 9999</translation>
        </message>
        <message>
            <source>Period {footer_period} · Patient-reported data (BackJournal)</source>
            <translation>Zeitraum {footer_period} · Patientenberichtete Daten (BackJournal)</translation>
        </message>
    </context>
    <context>
        <name>_ProgressDialog</name>
        <message>
            <source>Working</source>
            <translation>In Arbeit</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <extracomment>Global options that take a value (their value is never a command name). argparse's own words that a person can meet: the help's headings and its -h line, and the messages of a command line it refuses (Python 3.11-3.13; the messages argparse raises only for a wrong parser definition are left out). They are argparse's gettext message ids, marked here for lupdate and translated in the context "argparse" (resources/translations/*.ts); ``argparse_words`` hands them to argparse. tests/unit/test_cli_german.py checks that every such message of the running Python is here.</extracomment>
            <translation>Aufruf: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>Argumente</translation>
        </message>
        <message>
            <source>options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <source>subcommands</source>
            <translation>Unterbefehle</translation>
        </message>
        <message>
            <source>%(heading)s:</source>
            <translation>%(heading)s:</translation>
        </message>
        <message>
            <source> (default: %(default)s)</source>
            <translation> (vorgegeben: %(default)s)</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>diese Hilfe zeigen und beenden</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>die Versionsnummer des Programms zeigen und beenden</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: Fehler: %(message)s
</translation>
        </message>
        <message>
            <source>%(prog)s: warning: %(message)s
</source>
            <translation>%(prog)s: Warnung: %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>Argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>mehrdeutige Option: %(option)s könnte %(matches)s sein</translation>
        </message>
        <message>
            <source>argument "-" with mode %r</source>
            <translation>Argument "-" mit Modus %r</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>'%(filename)s' lässt sich nicht öffnen: %(error)s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>ein Wert erwartet</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>höchstens ein Wert erwartet</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>mindestens ein Wert erwartet</translation>
        </message>
        <message>
            <source>expected %s argument</source>
            <translation>%s Wert erwartet</translation>
        </message>
        <message>
            <source>expected %s arguments</source>
            <translation>%s Werte erwartet</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>überzähliger Wert %r</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>ungültiger Wert für %(type)s: %(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>ungültige Auswahl: %(value)r (erlaubt: %(choices)s)</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>nicht zusammen mit Argument %s erlaubt</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>eines der Argumente %s ist nötig</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>diese Argumente fehlen: %s</translation>
        </message>
        <message>
            <source>unexpected option string: %s</source>
            <translation>unerwartete Option: %s</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>unbekannter Befehl %(parser_name)r (erlaubt: %(choices)s)</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>unbekannte Argumente: %s</translation>
        </message>
        <message>
            <source>option '%(option)s' is deprecated</source>
            <translation>Option '%(option)s' ist veraltet</translation>
        </message>
        <message>
            <source>argument '%(argument_name)s' is deprecated</source>
            <translation>Argument '%(argument_name)s' ist veraltet</translation>
        </message>
        <message>
            <source>command '%(parser_name)s' is deprecated</source>
            <translation>Befehl '%(parser_name)s' ist veraltet</translation>
        </message>
    </context>
</TS>

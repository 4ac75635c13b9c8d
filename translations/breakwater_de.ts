<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AreaStatusLine</name>
    <message>
        <source>no back end open</source>
        <translation>kein Backend geöffnet</translation>
    </message>
    <message>
        <source>Actions unavailable: %1</source>
        <translation>Aktionen nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Cannot open the audit log %1: %2</source>
        <translation>Das Audit-Protokoll %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the audit log %1: %2</source>
        <translation>Das Audit-Protokoll %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>Das Audit-Protokoll kann nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n record(s) checked.</source>
        <translation>
            <numerusform>Das Audit-Protokoll ist unversehrt: %n Eintrag geprüft.</numerusform>
            <numerusform>Das Audit-Protokoll ist unversehrt: %n Einträge geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was changed outside the console: record %1 (%2) or the one before it was edited or removed.</source>
        <translation>Das Audit-Protokoll wurde außerhalb der Konsole geändert: Eintrag %1 (%2) oder der davor wurde bearbeitet oder entfernt.</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>%1 (token %2)</source>
        <translation>%1 (Token %2)</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>succeeded: %1</source>
        <translation>erfolgreich: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Back end</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Search user, back end, action, target, reason (Ctrl+F)</source>
        <translation>Benutzer, Backend, Aktion, Ziel, Grund suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Back end:</source>
        <translation>Backend:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>All back ends</source>
        <translation>Alle Backends</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>The server refused the token (401): %1</source>
        <translation>Der Server hat das Token abgelehnt (401): %1</translation>
    </message>
    <message>
        <source>The token&apos;s role does not allow this (403): %1</source>
        <translation>Die Rolle des Tokens erlaubt das nicht (403): %1</translation>
    </message>
    <message>
        <source>Not found on the server (404): %1</source>
        <translation>Auf dem Server nicht gefunden (404): %1</translation>
    </message>
    <message>
        <source>Not allowed right now (409): %1</source>
        <translation>Derzeit nicht erlaubt (409): %1</translation>
    </message>
    <message>
        <source>The request is too large for the server (413): %1</source>
        <translation>Die Anfrage ist zu groß für den Server (413): %1</translation>
    </message>
    <message>
        <source>The server rejected the request as invalid (422): %1</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt (422): %1</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>der Inhalt ist leer</translation>
    </message>
    <message>
        <source>fields are missing or of the wrong type</source>
        <translation>Felder fehlen oder haben den falschen Typ</translation>
    </message>
    <message>
        <source>The server failed (%1): %2</source>
        <translation>Fehler auf dem Server (%1): %2</translation>
    </message>
    <message>
        <source>The server answered %1: %2</source>
        <translation>Der Server antwortete %1: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s</source>
        <translation>Keine Antwort von %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than the limit of %2 MiB</source>
        <translation>Die Antwort von %1 überschreitet die Grenze von %2 MiB</translation>
    </message>
    <message>
        <source>The answer from %1 is not understood: %2</source>
        <translation>Die Antwort von %1 ist unverständlich: %2</translation>
    </message>
    <message>
        <source>This back end does not offer %1</source>
        <translation>Dieses Backend bietet %1 nicht an</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>BreakerModel</name>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Half open</source>
        <translation>Halboffen</translation>
    </message>
    <message>
        <source>Forced open</source>
        <translation>Zwangsgeöffnet</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>n/a / %1</source>
        <translation>k. A. / %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1/%2 calls, %3 failed, %4 slow</source>
        <translation>%1/%2 Aufrufe, %3 fehlgeschlagen, %4 langsam</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 → %2 at %3</source>
        <translation>%1 → %2 um %3</translation>
    </message>
    <message>
        <source>%1 (integration %2)</source>
        <translation>%1 (Integration %2)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) not permitted while open</source>
        <translation>
            <numerusform>%n Aufruf im offenen Zustand abgewiesen</numerusform>
            <numerusform>%n Aufrufe im offenen Zustand abgewiesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Breaker</source>
        <translation>Circuit Breaker</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Failure rate / threshold</source>
        <translation>Fehlerquote / Schwelle</translation>
    </message>
    <message>
        <source>Slow calls / threshold</source>
        <translation>Langsame Aufrufe / Schwelle</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Next probe</source>
        <translation>Nächste Probe</translation>
    </message>
    <message>
        <source>Last transition</source>
        <translation>Letzter Übergang</translation>
    </message>
</context>
<context>
    <name>BreakerTimeline</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Übergang</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Select a breaker to see its transitions.</source>
        <translation>Wählen Sie einen Circuit Breaker, um seine Übergänge zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>Transitions of %1 (%n seen)</source>
        <translation>
            <numerusform>Übergänge von %1 (%n gesehen)</numerusform>
            <numerusform>Übergänge von %1 (%n gesehen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>BreakersView</name>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Force open</source>
        <translation>Zwangsöffnen</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Close the breaker and clear its window</source>
        <translation>Den Circuit Breaker schließen und sein Fenster leeren</translation>
    </message>
    <message>
        <source>Reject every call until released</source>
        <translation>Jeden Aufruf bis zur Freigabe abweisen</translation>
    </message>
    <message>
        <source>Let every call through, whatever the failures</source>
        <translation>Jeden Aufruf durchlassen, unabhängig von Fehlern</translation>
    </message>
    <message>
        <source>End a forced open or disabled state</source>
        <translation>Einen zwangsgeöffneten oder deaktivierten Zustand beenden</translation>
    </message>
    <message numerus="yes">
        <source>Reset %n breaker(s)</source>
        <translation>
            <numerusform>%n Circuit Breaker zurücksetzen</numerusform>
            <numerusform>%n Circuit Breaker zurücksetzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Force open %n breaker(s)</source>
        <translation>
            <numerusform>%n Circuit Breaker zwangsöffnen</numerusform>
            <numerusform>%n Circuit Breaker zwangsöffnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n breaker(s)</source>
        <translation>
            <numerusform>%n Circuit Breaker deaktivieren</numerusform>
            <numerusform>%n Circuit Breaker deaktivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release %n breaker(s)</source>
        <translation>
            <numerusform>%n Circuit Breaker freigeben</numerusform>
            <numerusform>%n Circuit Breaker freigeben</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name or integration (Ctrl+F)</source>
        <translation>Nach Name oder Integration filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Select one or more breakers first</source>
        <translation>Wählen Sie zuerst einen oder mehrere Circuit Breaker</translation>
    </message>
    <message>
        <source>Reset selected…</source>
        <translation>Auswahl zurücksetzen…</translation>
    </message>
    <message numerus="yes">
        <source>%n selected breaker(s): %1</source>
        <translation>
            <numerusform>%n ausgewählter Circuit Breaker: %1</numerusform>
            <numerusform>%n ausgewählte Circuit Breaker: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset the selected breakers as one bulk operation, after a dry run</source>
        <translation>Die ausgewählten Circuit Breaker nach einem Probelauf in einer Massenoperation zurücksetzen</translation>
    </message>
</context>
<context>
    <name>BulkOperationDialog</name>
    <message>
        <source>operation %1</source>
        <translation>Operation %1</translation>
    </message>
    <message>
        <source>Bulk operation: %1</source>
        <translation>Massenoperation: %1</translation>
    </message>
    <message>
        <source>Dry run of %1: counting what the operation would act on. Nothing changes on the server until you run it.</source>
        <translation>Probelauf von %1: Es wird gezählt, worauf die Operation wirken würde. Auf dem Server ändert sich nichts, bis Sie sie ausführen.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Zählen…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Error group</source>
        <translation>Fehlergruppe</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>Nach Quelle</translation>
    </message>
    <message>
        <source>By error group</source>
        <translation>Nach Fehlergruppe</translation>
    </message>
    <message>
        <source>Count &amp;again</source>
        <translation>&amp;Erneut zählen</translation>
    </message>
    <message>
        <source>Run the dry run again (the selection is frozen anew)</source>
        <translation>Den Probelauf wiederholen (die Auswahl wird neu eingefroren)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>&amp;Weiter…</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Stichprobe</translation>
    </message>
    <message>
        <source>Why? Recorded in the audit log and sent to the server</source>
        <translation>Warum? Wird im Audit-Protokoll festgehalten und an den Server gesendet</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Erledigt:</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Rate:</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>Restzeit:</translation>
    </message>
    <message>
        <source>Errors so far:</source>
        <translation>Bisherige Fehler:</translation>
    </message>
    <message>
        <source>The operation runs on the server. Closing this window does not stop it: it keeps running, and the Operations area (Ctrl+7) shows its progress and result, also after the console restarts.</source>
        <translation>Die Operation läuft auf dem Server. Das Schließen dieses Fensters hält sie nicht an: Sie läuft weiter, und der Bereich Operationen (Strg+7) zeigt Fortschritt und Ergebnis, auch nach einem Neustart der Konsole.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Cancel operation…</source>
        <translation>Operation &amp;abbrechen…</translation>
    </message>
    <message>
        <source>Stop the operation: items already done stay done</source>
        <translation>Die Operation anhalten: Bereits erledigte Elemente bleiben erledigt</translation>
    </message>
    <message>
        <source>C&amp;lose (keeps running)</source>
        <translation>Sch&amp;ließen (läuft weiter)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation>Zählungen:</translation>
    </message>
    <message>
        <source>Reconciliation:</source>
        <translation>Abgleich:</translation>
    </message>
    <message>
        <source>Skipped because:</source>
        <translation>Übersprungen, weil:</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>First failed items</source>
        <translation>Erste fehlgeschlagene Elemente</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>The dry run failed.</source>
        <translation>Der Probelauf ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Nothing matches: the operation would act on no item.</source>
        <translation>Nichts passt: Die Operation würde auf kein Element wirken.</translation>
    </message>
    <message>
        <source>Dry run of %1. The selection is frozen at dead letter %2: letters arriving later are not included. Nothing has changed yet.</source>
        <translation>Probelauf von %1. Die Auswahl ist bei Dead Letter %2 eingefroren: Später eintreffende Dead Letters sind nicht enthalten. Noch hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Dry run of %1. Nothing has changed yet.</source>
        <translation>Probelauf von %1. Noch hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Zum Bestätigen %1 eingeben:</translation>
    </message>
    <message>
        <source>Type the count (%1) to confirm:</source>
        <translation>Zum Bestätigen die Anzahl (%1) eingeben:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2
Selection: %3</source>
        <translation>%1 auf %2
Auswahl: %3</translation>
    </message>
    <message>
        <source>The back end is closed.</source>
        <translation>Das Backend ist geschlossen.</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Ein Grund ist erforderlich.</translation>
    </message>
    <message>
        <source>Type %1 exactly to enable Run.</source>
        <translation>Geben Sie genau %1 ein, um Ausführen zu aktivieren.</translation>
    </message>
    <message numerus="yes">
        <source>Run acts on exactly the %n item(s) counted by the dry run.</source>
        <translation>
            <numerusform>Ausführen wirkt auf genau das %n Element, das der Probelauf gezählt hat.</numerusform>
            <numerusform>Ausführen wirkt auf genau die %n Elemente, die der Probelauf gezählt hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>The operation did not start: %1</source>
        <translation>Die Operation wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>%1 (operation %2)</source>
        <translation>%1 (Operation %2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 succeeded, %4 skipped)</source>
        <translation>%1 von %2 (%3 erfolgreich, %4 übersprungen)</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Cancel operation</source>
        <translation>Operation abbrechen</translation>
    </message>
    <message>
        <source>%1: %2 (operation %3)</source>
        <translation>%1: %2 (Operation %3)</translation>
    </message>
    <message>
        <source>%1 selected, %2 succeeded, %3 failed, %4 skipped</source>
        <translation>%1 ausgewählt, %2 erfolgreich, %3 fehlgeschlagen, %4 übersprungen</translation>
    </message>
    <message>
        <source>%1; %2 not accounted for</source>
        <translation>%1; %2 nicht zugeordnet</translation>
    </message>
    <message>
        <source>Reconciled: selected = succeeded + failed + skipped.</source>
        <translation>Abgeglichen: ausgewählt = erfolgreich + fehlgeschlagen + übersprungen.</translation>
    </message>
    <message>
        <source>Not reconciled.</source>
        <translation>Nicht abgeglichen.</translation>
    </message>
    <message>
        <source>Could not load the failed items: %1</source>
        <translation>Die fehlgeschlagenen Elemente konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Export result as JSON</source>
        <translation>Ergebnis als JSON exportieren</translation>
    </message>
    <message>
        <source>Export result as CSV</source>
        <translation>Ergebnis als CSV exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Operation %1: %2. The %3 item(s) not done yet are skipped; items already done stay done.</source>
        <translation>Operation %1: %2. Die %3 noch nicht erledigten Elemente werden übersprungen; bereits erledigte bleiben erledigt.</translation>
    </message>
    <message>
        <source> items/s</source>
        <translation> Elemente/s</translation>
    </message>
    <message>
        <source>As fast as the server goes</source>
        <translation>So schnell der Server kann</translation>
    </message>
    <message>
        <source>A rate limit spares the upstream systems the items are sent to</source>
        <translation>Eine Ratenbegrenzung schont die Zielsysteme, an die die Elemente gehen</translation>
    </message>
    <message>
        <source>Rate &amp;limit:</source>
        <translation>Raten&amp;grenze:</translation>
    </message>
    <message>
        <source>%1 (the exact count, just now)</source>
        <translation>%1 (die genaue Anzahl, soeben)</translation>
    </message>
    <message>
        <source>Name the queue to move to, then run the dry run.</source>
        <translation>Nennen Sie die Queue, in die verschoben wird, und starten Sie dann den Probelauf.</translation>
    </message>
    <message>
        <source>The queue to move the dead letters to, e.g. orders.retry</source>
        <translation>Die Queue, in die die Dead Letters verschoben werden, z. B. orders.retry</translation>
    </message>
    <message>
        <source>&amp;Target queue:</source>
        <translation>&amp;Ziel-Queue:</translation>
    </message>
    <message>
        <source>Name the queue to move the dead letters to.</source>
        <translation>Nennen Sie die Queue, in die die Dead Letters verschoben werden.</translation>
    </message>
    <message>
        <source>The target queue must differ from the source: the dead letters are already in %1.</source>
        <translation>Die Ziel-Queue muss sich von der Quelle unterscheiden: Die Dead Letters liegen bereits in %1.</translation>
    </message>
    <message>
        <source>The target queue changed: run the dry run again.</source>
        <translation>Die Ziel-Queue hat sich geändert: Starten Sie den Probelauf erneut.</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Probelauf</translation>
    </message>
</context>
<context>
    <name>ConfirmActionDialog</name>
    <message>
        <source>Confirm: %1</source>
        <translation>Bestätigen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Anzahl:</translation>
    </message>
    <message>
        <source>Why? Recorded in the audit log and sent to the server</source>
        <translation>Warum? Wird im Audit-Protokoll festgehalten und an den Server gesendet</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Zum Bestätigen %1 eingeben:</translation>
    </message>
    <message>
        <source>Type the count (%1) to confirm:</source>
        <translation>Zum Bestätigen die Anzahl (%1) eingeben:</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Ein Grund ist erforderlich.</translation>
    </message>
    <message>
        <source>Type %1 exactly to enable the action.</source>
        <translation>Geben Sie genau %1 ein, um die Aktion zu aktivieren.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Read-only: refuse every action from this console</source>
        <translation>Nur lesen: jede Aktion aus dieser Konsole ablehnen</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>e.g. prod-eu</source>
        <translation>z. B. prod-eu</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>No keychain answers on this machine: the token is kept for this session only and asked again next time. It is never written to disk.</source>
        <translation>Auf diesem Rechner antwortet kein Schlüsselbund: Das Token gilt nur für diese Sitzung und wird beim nächsten Mal erneut abgefragt. Es wird nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>The URL must be http:// or https:// with a host.</source>
        <translation>Die URL muss mit http:// oder https:// beginnen und einen Host enthalten.</translation>
    </message>
    <message>
        <source>A token is required.</source>
        <translation>Ein Token ist erforderlich.</translation>
    </message>
    <message>
        <source>Ops API</source>
        <translation>Ops API</translation>
    </message>
    <message>
        <source>RabbitMQ</source>
        <translation>RabbitMQ</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;AMQP URL:</source>
        <translation>&amp;AMQP-URL:</translation>
    </message>
    <message>
        <source>&amp;Virtual host:</source>
        <translation>&amp;Virtueller Host:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>Be&amp;nutzer:</translation>
    </message>
    <message>
        <source>Management &amp;URL:</source>
        <translation>Management-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>The AMQP URL must be amqp:// or amqps:// with a host.</source>
        <translation>Die AMQP-URL muss mit amqp:// oder amqps:// beginnen und einen Host enthalten.</translation>
    </message>
    <message>
        <source>A user is required.</source>
        <translation>Ein Benutzer ist erforderlich.</translation>
    </message>
    <message>
        <source>A password is required.</source>
        <translation>Ein Passwort ist erforderlich.</translation>
    </message>
    <message>
        <source>Queues whose name matches this regular expression (ignoring case) are shown as dead-letter queues, besides those the broker&apos;s dead-letter arguments and policies point at. Empty: the default shown.</source>
        <translation>Queues, deren Name auf diesen regulären Ausdruck passt (ohne Groß-/Kleinschreibung), werden als Dead-Letter-Queues gezeigt, zusätzlich zu denen, auf die die Dead-Letter-Argumente und -Richtlinien des Brokers zeigen. Leer: der angezeigte Standard.</translation>
    </message>
    <message>
        <source>&amp;Dead-letter queues:</source>
        <translation>&amp;Dead-Letter-Queues:</translation>
    </message>
    <message>
        <source>The dead-letter queue pattern is not a valid regular expression: %1.</source>
        <translation>Das Muster für Dead-Letter-Queues ist kein gültiger regulärer Ausdruck: %1.</translation>
    </message>
</context>
<context>
    <name>ConsoleAreas</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Syncs</source>
        <translation>Synchronisierungen</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Dead Letters</translation>
    </message>
    <message>
        <source>Breakers</source>
        <translation>Circuit Breaker</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
</context>
<context>
    <name>ConsoleDemo</name>
    <message>
        <source>Cannot create a data folder for the demo: %1</source>
        <translation>Für die Demo kann kein Datenordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The demo server stopped before it listened (exit code %1).</source>
        <translation>Der Demo-Server wurde beendet, bevor er lauschte (Exit-Code %1).</translation>
    </message>
    <message numerus="yes">
        <source>The demo server did not start within %n second(s).</source>
        <translation>
            <numerusform>Der Demo-Server ist nicht innerhalb von %n Sekunde gestartet.</numerusform>
            <numerusform>Der Demo-Server ist nicht innerhalb von %n Sekunden gestartet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>Breakwater</source>
        <translation>Breakwater</translation>
    </message>
    <message>
        <source>Cannot open the audit log %1: %2. Actions cannot be recorded, so the console will not start.</source>
        <translation>Das Audit-Protokoll %1 kann nicht geöffnet werden: %2. Aktionen können nicht aufgezeichnet werden, daher startet die Konsole nicht.</translation>
    </message>
    <message>
        <source>No token for %1 in the keychain: open it again with File → New connection. (%2)</source>
        <translation>Kein Token für %1 im Schlüsselbund: Öffnen Sie es erneut mit Datei → Neue Verbindung. (%2)</translation>
    </message>
    <message>
        <source>Welcome to Breakwater</source>
        <translation>Willkommen bei Breakwater</translation>
    </message>
    <message>
        <source>No connection is set up yet. Open the demo (a local simulated back end), or connect to a back end of yours?</source>
        <translation>Es ist noch keine Verbindung eingerichtet. Die Demo öffnen (ein lokal simuliertes Backend) oder mit einem eigenen Backend verbinden?</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>&amp;New connection...</source>
        <translation>&amp;Neue Verbindung...</translation>
    </message>
    <message>
        <source>The demo is already running.</source>
        <translation>Die Demo läuft bereits.</translation>
    </message>
    <message>
        <source>Starting the demo server...</source>
        <translation>Demo-Server wird gestartet...</translation>
    </message>
    <message>
        <source>Demo server listening on %1</source>
        <translation>Demo-Server lauscht auf %1</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Could not save the profile %1.</source>
        <translation>Das Profil %1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The token of %1 is kept for this session only: %2</source>
        <translation>Das Token von %1 gilt nur für diese Sitzung: %2</translation>
    </message>
</context>
<context>
    <name>ConsoleSnapshotOpener</name>
    <message>
        <source>Opening the snapshot %1…</source>
        <translation>Snapshot %1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Cannot open the snapshot %1: %2</source>
        <translation>Der Snapshot %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation>Snapshot öffnen</translation>
    </message>
    <message>
        <source>Opened the snapshot %1.</source>
        <translation>Snapshot %1 geöffnet.</translation>
    </message>
</context>
<context>
    <name>DataAge</name>
    <message>
        <source>back end unreachable, nothing loaded yet</source>
        <translation>Backend nicht erreichbar, noch nichts geladen</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>noch nicht geladen</translation>
    </message>
    <message>
        <source>back end unreachable, data from %1 ago</source>
        <translation>Backend nicht erreichbar, Daten von vor %1</translation>
    </message>
    <message>
        <source>updated %1 ago</source>
        <translation>vor %1 aktualisiert</translation>
    </message>
</context>
<context>
    <name>DeadLetterBulkActions</name>
    <message>
        <source>Retry selected…</source>
        <translation>Auswahl wiederholen…</translation>
    </message>
    <message>
        <source>Delete selected…</source>
        <translation>Auswahl löschen…</translation>
    </message>
    <message>
        <source>Retry all matching…</source>
        <translation>Alle Treffer wiederholen…</translation>
    </message>
    <message>
        <source>Delete all matching…</source>
        <translation>Alle Treffer löschen…</translation>
    </message>
    <message>
        <source>Purge source…</source>
        <translation>Quelle bereinigen…</translation>
    </message>
    <message>
        <source>Retry this group…</source>
        <translation>Diese Gruppe wiederholen…</translation>
    </message>
    <message>
        <source>Delete this group…</source>
        <translation>Diese Gruppe löschen…</translation>
    </message>
    <message>
        <source>Retry the selected dead letters, after a dry run</source>
        <translation>Die ausgewählten Dead Letters nach einem Probelauf wiederholen</translation>
    </message>
    <message>
        <source>Delete the selected dead letters, after a dry run</source>
        <translation>Die ausgewählten Dead Letters nach einem Probelauf löschen</translation>
    </message>
    <message>
        <source>Retry every dead letter matching the search, as counted by a dry run</source>
        <translation>Jede zur Suche passende Dead Letter wiederholen, wie vom Probelauf gezählt</translation>
    </message>
    <message>
        <source>Delete every dead letter matching the search, as counted by a dry run</source>
        <translation>Jede zur Suche passende Dead Letter löschen, wie vom Probelauf gezählt</translation>
    </message>
    <message>
        <source>Delete every dead letter of the current letter&apos;s source (administrators)</source>
        <translation>Jede Dead Letter aus der Quelle der aktuellen löschen (Administratoren)</translation>
    </message>
    <message>
        <source>Retry every dead letter of the selected group</source>
        <translation>Jede Dead Letter der ausgewählten Gruppe wiederholen</translation>
    </message>
    <message>
        <source>Delete every dead letter of the selected group</source>
        <translation>Jede Dead Letter der ausgewählten Gruppe löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n selected dead letter(s)</source>
        <translation>
            <numerusform>%n ausgewählte Dead Letter</numerusform>
            <numerusform>%n ausgewählte Dead Letters</numerusform>
        </translation>
    </message>
    <message>
        <source>every dead letter</source>
        <translation>jede Dead Letter</translation>
    </message>
    <message>
        <source>dead letters matching “%1”</source>
        <translation>Dead Letters passend zu „%1“</translation>
    </message>
    <message>
        <source>every dead letter of source %1</source>
        <translation>jede Dead Letter der Quelle %1</translation>
    </message>
    <message>
        <source>the dead letters of group “%1”</source>
        <translation>die Dead Letters der Gruppe „%1“</translation>
    </message>
    <message>
        <source>No back end is open.</source>
        <translation>Kein Backend geöffnet.</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Select dead letters first (Ctrl+click, Shift+click).</source>
        <translation>Wählen Sie zuerst Dead Letters aus (Strg+Klick, Umschalt+Klick).</translation>
    </message>
    <message>
        <source>Select a group in the side panel first.</source>
        <translation>Wählen Sie zuerst eine Gruppe in der Seitenleiste.</translation>
    </message>
    <message>
        <source>Fix the search first: the server refused it.</source>
        <translation>Korrigieren Sie zuerst die Suche: Der Server hat sie abgelehnt.</translation>
    </message>
    <message>
        <source>Move selected to queue…</source>
        <translation>Auswahl in Queue verschieben…</translation>
    </message>
    <message>
        <source>Move all matching to queue…</source>
        <translation>Alle Treffer in Queue verschieben…</translation>
    </message>
    <message>
        <source>Move the selected dead letters to a queue you name, after a dry run</source>
        <translation>Die ausgewählten Dead Letters nach einem Probelauf in eine von Ihnen genannte Queue verschieben</translation>
    </message>
    <message>
        <source>Move every dead letter matching the search to a queue you name, as counted by a dry run</source>
        <translation>Jede zur Suche passende Dead Letter in eine von Ihnen genannte Queue verschieben, wie vom Probelauf gezählt</translation>
    </message>
    <message>
        <source>This back end cannot move dead letters to another queue.</source>
        <translation>Dieses Backend kann Dead Letters nicht in eine andere Queue verschieben.</translation>
    </message>
    <message>
        <source>Select a dead letter of the source to purge; purging needs an administrator.</source>
        <translation>Wählen Sie eine Dead Letter der zu bereinigenden Quelle; Bereinigen erfordert einen Administrator.</translation>
    </message>
</context>
<context>
    <name>DeadLetterDetailPane</name>
    <message>
        <source>Error class:</source>
        <translation>Fehlerklasse:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Meldung:</translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation>HTTP-Status:</translation>
    </message>
    <message>
        <source>Vendor code:</source>
        <translation>Anbietercode:</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Versuche:</translation>
    </message>
    <message>
        <source>First failure:</source>
        <translation>Erster Fehler:</translation>
    </message>
    <message>
        <source>Last failure:</source>
        <translation>Letzter Fehler:</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Message id:</source>
        <translation>Nachrichten-ID:</translation>
    </message>
    <message>
        <source>Request id:</source>
        <translation>Anfrage-ID:</translation>
    </message>
    <message>
        <source>Copy payload</source>
        <translation>Nutzdaten kopieren</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Stack trace</source>
        <translation>Stacktrace</translation>
    </message>
    <message>
        <source>Select a dead letter to read it.</source>
        <translation>Wählen Sie eine Dead Letter aus, um sie zu lesen.</translation>
    </message>
    <message>
        <source>Dead letter %1 from %2 (%3)</source>
        <translation>Dead Letter %1 von %2 (%3)</translation>
    </message>
    <message>
        <source>no HTTP answer</source>
        <translation>keine HTTP-Antwort</translation>
    </message>
    <message>
        <source>Edited payload</source>
        <translation>Bearbeitete Nutzdaten</translation>
    </message>
    <message>
        <source>x-death history</source>
        <translation>x-death-Verlauf</translation>
    </message>
    <message>
        <source>Peeked through the RabbitMQ management API, which is meant for diagnostics: the peek requeued this message and set its redelivered flag.</source>
        <translation>Über die RabbitMQ-Management-API gelesen, die für Diagnosen gedacht ist: Der Blick hat diese Nachricht zurück in die Queue gestellt und ihr Redelivered-Flag gesetzt.</translation>
    </message>
</context>
<context>
    <name>DeadLetterGroupModel</name>
    <message>
        <source>First seen %1</source>
        <translation>Zuerst gesehen %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Error class</source>
        <translation>Fehlerklasse</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
</context>
<context>
    <name>DeadLetterModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>First failure</source>
        <translation>Erster Fehler</translation>
    </message>
</context>
<context>
    <name>DeadLetterQuery</name>
    <message>
        <source>unknown key &quot;%1&quot; at %2; keys are source, error, status, vendor, group, id, since, from, to</source>
        <translation>unbekannter Schlüssel „%1“ bei %2; Schlüssel sind source, error, status, vendor, group, id, since, from, to</translation>
    </message>
    <message>
        <source>missing closing quote (&quot;) for the text starting at %1</source>
        <translation>schließendes Anführungszeichen (&quot;) fehlt für den Text ab %1</translation>
    </message>
    <message>
        <source>%1: needs a value, as in %1:something</source>
        <translation>%1: braucht einen Wert, wie in %1:etwas</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an HTTP status like 503</source>
        <translation>%1: „%2“ ist kein HTTP-Status wie 503</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a dead-letter id like 1234</source>
        <translation>%1: „%2“ ist keine Dead-Letter-ID wie 1234</translation>
    </message>
    <message>
        <source>-%1:%2 cannot be negated; use from: and to: for a time range</source>
        <translation>-%1:%2 kann nicht verneint werden; verwenden Sie from: und to: für einen Zeitraum</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a duration like 15m, 2h or 7d</source>
        <translation>%1: „%2“ ist keine Dauer wie 15m, 2h oder 7d</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time like 2027-01-15T08:00:00Z</source>
        <translation>%1: „%2“ ist kein Zeitpunkt wie 2027-01-15T08:00:00Z</translation>
    </message>
</context>
<context>
    <name>DeadLettersView</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Edit and retry…</source>
        <translation>&amp;Bearbeiten und wiederholen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search, e.g. %1</source>
        <translation>Suchen, z. B. %1</translation>
    </message>
    <message>
        <source>Keys: source, error, status, vendor, group, id, since (90s, 15m, 2h, 7d), from, to (ISO 8601). Repeat a key for OR, prefix -key: to exclude; bare words and &quot;quoted phrases&quot; must all occur.</source>
        <translation>Schlüssel: source, error, status, vendor, group, id, since (90s, 15m, 2h, 7d), from, to (ISO 8601). Einen Schlüssel wiederholen für ODER, -schlüssel: zum Ausschließen; einzelne Wörter und &quot;Phrasen in Anführungszeichen&quot; müssen alle vorkommen.</translation>
    </message>
    <message>
        <source>Loading dead letters…</source>
        <translation>Dead Letters werden geladen…</translation>
    </message>
    <message>
        <source>Dead letters by cause. Click a group to show its letters.</source>
        <translation>Dead Letters nach Ursache. Klicken Sie auf eine Gruppe, um ihre Dead Letters zu zeigen.</translation>
    </message>
    <message>
        <source>All dead letters</source>
        <translation>Alle Dead Letters</translation>
    </message>
    <message>
        <source>Groups by cause</source>
        <translation>Gruppen nach Ursache</translation>
    </message>
    <message>
        <source>Select a dead letter to read it.</source>
        <translation>Wählen Sie eine Dead Letter aus, um sie zu lesen.</translation>
    </message>
    <message>
        <source>Loading dead letter %1…</source>
        <translation>Dead Letter %1 wird geladen…</translation>
    </message>
    <message>
        <source>Could not load dead letter %1: %2</source>
        <translation>Dead Letter %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>No back end is open.</source>
        <translation>Kein Backend geöffnet.</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Select a dead letter first.</source>
        <translation>Wählen Sie zuerst eine Dead Letter aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s)</source>
        <translation>
            <numerusform>%n Dead Letter</numerusform>
            <numerusform>%n Dead Letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s) loaded, more on scroll</source>
        <translation>
            <numerusform>%n Dead Letter geladen, mehr beim Blättern</numerusform>
            <numerusform>%n Dead Letters geladen, mehr beim Blättern</numerusform>
        </translation>
    </message>
    <message>
        <source>dead letter %1</source>
        <translation>Dead Letter %1</translation>
    </message>
    <message>
        <source>Retry dead letter</source>
        <translation>Dead Letter wiederholen</translation>
    </message>
    <message>
        <source>Retry dead letter with an edited payload</source>
        <translation>Dead Letter mit bearbeiteten Nutzdaten wiederholen</translation>
    </message>
    <message>
        <source>Delete dead letter</source>
        <translation>Dead Letter löschen</translation>
    </message>
    <message>
        <source>Retrying dead letter %1 failed: %2</source>
        <translation>Wiederholen von Dead Letter %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Dead letter %1 was delivered with the edited payload and left the queue.</source>
        <translation>Dead Letter %1 wurde mit den bearbeiteten Nutzdaten zugestellt und hat die Warteschlange verlassen.</translation>
    </message>
    <message>
        <source>Dead letter %1 was delivered and left the queue.</source>
        <translation>Dead Letter %1 wurde zugestellt und hat die Warteschlange verlassen.</translation>
    </message>
    <message>
        <source>Dead letter %1 failed again: %2</source>
        <translation>Dead Letter %1 ist erneut fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Deleting dead letter %1 failed: %2</source>
        <translation>Löschen von Dead Letter %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Dead letter %1 was deleted.</source>
        <translation>Dead Letter %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>RabbitMQ: the list is a peek at the head of each dead-letter queue through the management API, which is meant for diagnostics. A peek requeues the messages it read and sets their redelivered flag.</source>
        <translation>RabbitMQ: Die Liste ist ein Blick auf den Anfang jeder Dead-Letter-Queue über die Management-API, die für Diagnosen gedacht ist. Ein solcher Blick stellt die gelesenen Nachrichten zurück in die Queue und setzt ihr Redelivered-Flag.</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
</context>
<context>
    <name>EditAndRetryDialog</name>
    <message>
        <source>Edit and retry dead letter %1</source>
        <translation>Dead Letter %1 bearbeiten und wiederholen</translation>
    </message>
    <message>
        <source>Retry with this payload…</source>
        <translation>Mit diesen Nutzdaten wiederholen…</translation>
    </message>
    <message>
        <source>The server keeps the original payload; the edited one is what will be delivered.</source>
        <translation>Der Server behält die ursprünglichen Nutzdaten; zugestellt werden die bearbeiteten.</translation>
    </message>
    <message>
        <source>Changes against the original:</source>
        <translation>Änderungen gegenüber dem Original:</translation>
    </message>
    <message>
        <source>The payload is unchanged: edit it, or use Retry instead.</source>
        <translation>Die Nutzdaten sind unverändert: Bearbeiten Sie sie oder verwenden Sie stattdessen Wiederholen.</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>Gültiges JSON.</translation>
    </message>
    <message>
        <source>The original is not JSON; the text is sent as typed.</source>
        <translation>Das Original ist kein JSON; der Text wird so gesendet, wie er eingegeben wurde.</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
</context>
<context>
    <name>EnvironmentBanner</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>EventStream</name>
    <message>
        <source>the server did not complete the handshake</source>
        <translation>der Server hat den Handshake nicht abgeschlossen</translation>
    </message>
    <message>
        <source>no answer to pings for %1 s</source>
        <translation>seit %1 s keine Antwort auf Pings</translation>
    </message>
    <message>
        <source>Event stream lost (%1); reconnecting in %2 s</source>
        <translation>Ereignisstrom verloren (%1); neue Verbindung in %2 s</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Card &amp;numbers (13-19 digits passing the Luhn check)</source>
        <translation>Karten&amp;nummern (13-19 Ziffern mit gültiger Luhn-Prüfung)</translation>
    </message>
    <message>
        <source>&amp;Bearer tokens</source>
        <translation>&amp;Bearer-Tokens</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>&amp;Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Save snapshot</source>
        <translation>Snapshot speichern</translation>
    </message>
    <message>
        <source>An incident report of %1: summary, charts, breakers, syncs, dead letters grouped by cause and the operator actions of the range.</source>
        <translation>Ein Vorfallbericht über %1: Zusammenfassung, Diagramme, Circuit Breaker, Synchronisierungen, Dead Letters nach Ursache und die Bedieneraktionen im Zeitraum.</translation>
    </message>
    <message>
        <source>One file with everything a report of %1 needs for the range. It opens later with File → Open snapshot, with no access to the back end.</source>
        <translation>Eine Datei mit allem, was ein Bericht über %1 für den Zeitraum braucht. Sie öffnet sich später mit Datei → Snapshot öffnen, ohne Zugriff auf das Backend.</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message numerus="yes">
        <source>Last %n hour(s)</source>
        <translation>
            <numerusform>Letzte %n Stunde</numerusform>
            <numerusform>Letzte %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
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
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (eine eigenständige Datei)</translation>
    </message>
    <message>
        <source>CSV (one file per table, zipped)</source>
        <translation>CSV (eine Datei pro Tabelle, gezippt)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>Redaction: hidden before anything is written</source>
        <translation>Schwärzung: wird verborgen, bevor etwas geschrieben wird</translation>
    </message>
    <message>
        <source>One name a line. JSON keys at any depth, header names and name=value pairs with these names are masked. Case does not matter.</source>
        <translation>Ein Name pro Zeile. JSON-Schlüssel in jeder Tiefe, Header-Namen und Name=Wert-Paare mit diesen Namen werden maskiert. Groß- und Kleinschreibung spielt keine Rolle.</translation>
    </message>
    <message>
        <source>One regular expression a line; every match in payloads, headers, messages and stacks is masked.</source>
        <translation>Ein regulärer Ausdruck pro Zeile; jeder Treffer in Nutzdaten, Headern, Meldungen und Stacks wird maskiert.</translation>
    </message>
    <message>
        <source>Field &amp;names:</source>
        <translation>Feld&amp;namen:</translation>
    </message>
    <message>
        <source>&amp;Patterns:</source>
        <translation>&amp;Muster:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Export report to</source>
        <translation>Bericht exportieren nach</translation>
    </message>
    <message>
        <source>Save snapshot as</source>
        <translation>Snapshot speichern unter</translation>
    </message>
    <message>
        <source>Breakwater snapshots (*.%1)</source>
        <translation>Breakwater-Snapshots (*.%1)</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>The back end is closed.</source>
        <translation>Das Backend ist geschlossen.</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Choose where to save it.</source>
        <translation>Wählen Sie, wo gespeichert werden soll.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Redaction pattern: %1</source>
        <translation>Schwärzungsmuster: %1</translation>
    </message>
    <message>
        <source>Collecting…</source>
        <translation>Wird gesammelt…</translation>
    </message>
    <message>
        <source>Writing the snapshot…</source>
        <translation>Snapshot wird geschrieben…</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The report is written to %1.</source>
        <translation>Der Bericht wurde nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>The snapshot is saved to %1.</source>
        <translation>Der Snapshot wurde unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation>&amp;Datei öffnen</translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>JsonLimits</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>body of %1 exceeds the %2 limit</source>
        <translation>Inhalt von %1 überschreitet die Grenze von %2</translation>
    </message>
    <message>
        <source>JSON nesting deeper than %1 levels</source>
        <translation>JSON-Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>malformed JSON at offset %1: %2</source>
        <translation>fehlerhaftes JSON an Position %1: %2</translation>
    </message>
</context>
<context>
    <name>JsonPayloadCheck</name>
    <message>
        <source>Not valid JSON at line %1, column %2: %3</source>
        <translation>Ungültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinde</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Breakwater</source>
        <translation>Breakwater</translation>
    </message>
    <message>
        <source>&amp;Back end:</source>
        <translation>&amp;Backend:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New connection...</source>
        <translation>&amp;Neue Verbindung...</translation>
    </message>
    <message>
        <source>Open &amp;demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Re&amp;try / reset selection</source>
        <translation>Auswahl &amp;wiederholen / zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>A&amp;ktionen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Breakwater</source>
        <translation>Ü&amp;ber Breakwater</translation>
    </message>
    <message>
        <source>About Breakwater</source>
        <translation>Über Breakwater</translation>
    </message>
    <message>
        <source>&lt;b&gt;Breakwater&lt;/b&gt;&lt;br&gt;An operations console for integration back ends: syncs, dead letters, circuit breakers, metrics and an audit log of every operator action.</source>
        <translation>&lt;b&gt;Breakwater&lt;/b&gt;&lt;br&gt;Eine Betriebskonsole für Integrations-Backends: Synchronisierungen, Dead Letters, Circuit Breaker, Metriken und ein Audit-Protokoll jeder Bedieneraktion.</translation>
    </message>
    <message>
        <source>%1 — %2 — Breakwater</source>
        <translation>%1 — %2 — Breakwater</translation>
    </message>
    <message>
        <source>%1 — Breakwater</source>
        <translation>%1 — Breakwater</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No back end open</source>
        <translation>Kein Backend geöffnet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No actions in this area</source>
        <translation>Keine Aktionen in diesem Bereich</translation>
    </message>
    <message>
        <source>Refreshing...</source>
        <translation>Wird aktualisiert...</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
</context>
<context>
    <name>MetricChart</name>
    <message>
        <source>per second</source>
        <translation>pro Sekunde</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>Dead Letters</translation>
    </message>
    <message>
        <source>items per second</source>
        <translation>Elemente pro Sekunde</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation>Diagramm als PNG…</translation>
    </message>
    <message>
        <source>Chart as SVG…</source>
        <translation>Diagramm als SVG…</translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation>Daten als CSV…</translation>
    </message>
    <message>
        <source>%1
%2
%3</source>
        <translation>%1
%2
%3</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>could not write the image</source>
        <translation>das Bild konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Breakwater chart, %1 to %2</source>
        <translation>Breakwater-Diagramm, %1 bis %2</translation>
    </message>
    <message>
        <source>could not write the drawing</source>
        <translation>die Zeichnung konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Could not export %1 to %2: %3</source>
        <translation>%1 konnte nicht nach %2 exportiert werden: %3</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>messages per second</source>
        <translation>Nachrichten pro Sekunde</translation>
    </message>
</context>
<context>
    <name>MetricsStore</name>
    <message>
        <source>(unlabelled)</source>
        <translation>(ohne Label)</translation>
    </message>
    <message>
        <source>%1 requests/s</source>
        <translation>%1 Anfragen/s</translation>
    </message>
    <message>
        <source>%1 errors/s</source>
        <translation>%1 Fehler/s</translation>
    </message>
    <message>
        <source>%1 %2 latency (s)</source>
        <translation>%1 %2-Latenz (s)</translation>
    </message>
    <message>
        <source>%1 dead letters</source>
        <translation>%1 Dead Letters</translation>
    </message>
    <message>
        <source>%1 items/s</source>
        <translation>%1 Elemente/s</translation>
    </message>
    <message>
        <source>%1 breaker state</source>
        <translation>Zustand des Circuit Breakers %1</translation>
    </message>
    <message>
        <source>%1 queue depth</source>
        <translation>Queue-Tiefe von %1</translation>
    </message>
    <message>
        <source>%1 %2 messages/s</source>
        <translation>%1 %2 Nachrichten/s</translation>
    </message>
</context>
<context>
    <name>MetricsView</name>
    <message>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Freeze the charts; scrapes continue in the background.</source>
        <translation>Diagramme einfrieren; die Abfragen laufen im Hintergrund weiter.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Request rate</source>
        <translation>Anfragerate</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Fehlerrate</translation>
    </message>
    <message>
        <source>Latency (p50, p95, p99)</source>
        <translation>Latenz (p50, p95, p99)</translation>
    </message>
    <message>
        <source>Dead-letter depth</source>
        <translation>Dead-Letter-Bestand</translation>
    </message>
    <message>
        <source>Sync throughput</source>
        <translation>Sync-Durchsatz</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Zeitfenster:</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>paused; %1</source>
        <translation>pausiert; %1</translation>
    </message>
    <message>
        <source>The back end reports more series than the console keeps; some are not shown.</source>
        <translation>Das Backend meldet mehr Reihen, als die Konsole behält; einige werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>Breaker states</source>
        <translation>Zustände der Circuit Breaker</translation>
    </message>
    <message>
        <source>Queue depth</source>
        <translation>Queue-Tiefe</translation>
    </message>
    <message>
        <source>Queue rates (publish, deliver, ack)</source>
        <translation>Queue-Raten (Publish, Deliver, Ack)</translation>
    </message>
</context>
<context>
    <name>OfflineMarking</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>OFFLINE — snapshot of %1, %2</source>
        <translation>OFFLINE — Snapshot von %1, %2</translation>
    </message>
    <message>
        <source>%1: offline, taken %2</source>
        <translation>%1: offline, erstellt %2</translation>
    </message>
</context>
<context>
    <name>OperationListProxy</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 nach %2</translation>
    </message>
</context>
<context>
    <name>OperationModel</name>
    <message>
        <source>Retry</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschung</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Bereinigung</translation>
    </message>
    <message>
        <source>Reset breakers</source>
        <translation>Circuit Breaker zurücksetzen</translation>
    </message>
    <message>
        <source>Cancel syncs</source>
        <translation>Synchronisierungen abbrechen</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
</context>
<context>
    <name>OperationText</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 items/s</source>
        <translation>%1 Elemente/s</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>Retry %1 dead letter(s)</source>
        <translation>
            <numerusform>%1 Dead Letter wiederholen</numerusform>
            <numerusform>%1 Dead Letters wiederholen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 dead letter(s)</source>
        <translation>
            <numerusform>%1 Dead Letter löschen</numerusform>
            <numerusform>%1 Dead Letters löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purge %1 dead letter(s)</source>
        <translation>
            <numerusform>%1 Dead Letter bereinigen</numerusform>
            <numerusform>%1 Dead Letters bereinigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %1 breaker(s)</source>
        <translation>
            <numerusform>%1 Circuit Breaker zurücksetzen</numerusform>
            <numerusform>%1 Circuit Breaker zurücksetzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %1 sync job(s)</source>
        <translation>
            <numerusform>%1 Sync-Job abbrechen</numerusform>
            <numerusform>%1 Sync-Jobs abbrechen</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %1 dead letter(s)</source>
        <translation>
            <numerusform>%1 Dead Letter verschieben</numerusform>
            <numerusform>%1 Dead Letters verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %1 dead letter(s) to %2</source>
        <translation>
            <numerusform>%1 Dead Letter nach %2 verschieben</numerusform>
            <numerusform>%1 Dead Letters nach %2 verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperationsView</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Cancel operation…</source>
        <translation>Operation &amp;abbrechen…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Show progress or result…</source>
        <translation>Fortschritt oder Ergebnis &amp;zeigen…</translation>
    </message>
    <message>
        <source>No bulk operations on this back end yet. Start one from the Dead letters, Breakers or Syncs area.</source>
        <translation>Noch keine Massenoperationen auf diesem Backend. Starten Sie eine im Bereich Dead Letters, Circuit Breaker oder Synchronisierungen.</translation>
    </message>
    <message>
        <source>Select an operation to see its details.</source>
        <translation>Wählen Sie eine Operation, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>dead letters matching “%1” up to id %2</source>
        <translation>Dead Letters passend zu „%1“ bis ID %2</translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s) by id</source>
        <translation>
            <numerusform>%n Dead Letter nach ID</numerusform>
            <numerusform>%n Dead Letters nach ID</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Operation %1: %2</source>
        <translation>Operation %1: %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>Selection: %1</source>
        <translation>Auswahl: %1</translation>
    </message>
    <message>
        <source>Done: %1 of %2 (%3 succeeded, %4 failed, %5 skipped)</source>
        <translation>Erledigt: %1 von %2 (%3 erfolgreich, %4 fehlgeschlagen, %5 übersprungen)</translation>
    </message>
    <message>
        <source>Rate: %1; time left: %2</source>
        <translation>Rate: %1; Restzeit: %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Started by: %1</source>
        <translation>Gestartet von: %1</translation>
    </message>
    <message>
        <source>Created: %1; started: %2; finished: %3</source>
        <translation>Erstellt: %1; gestartet: %2; beendet: %3</translation>
    </message>
    <message>
        <source>Reconciliation: %1</source>
        <translation>Abgleich: %1</translation>
    </message>
    <message>
        <source>Skipped because: %1</source>
        <translation>Übersprungen, weil: %1</translation>
    </message>
    <message>
        <source>No back end is open.</source>
        <translation>Kein Backend geöffnet.</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Select an operation first</source>
        <translation>Wählen Sie zuerst eine Operation</translation>
    </message>
</context>
<context>
    <name>OpsApiBackend</name>
    <message>
        <source>Checking %1</source>
        <translation>%1 wird geprüft</translation>
    </message>
    <message>
        <source>%1 speaks Ops API version %2; this console speaks version 1</source>
        <translation>%1 spricht Ops-API-Version %2; diese Konsole spricht Version 1</translation>
    </message>
    <message>
        <source>%1 %2, signed in as %3</source>
        <translation>%1 %2, angemeldet als %3</translation>
    </message>
</context>
<context>
    <name>OverviewCard</name>
    <message>
        <source>Request rate</source>
        <translation>Anfragerate</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Fehlerrate</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Dead Letters</translation>
    </message>
    <message>
        <source>Open breakers</source>
        <translation>Offene Circuit Breaker</translation>
    </message>
    <message>
        <source>Running syncs</source>
        <translation>Laufende Synchronisierungen</translation>
    </message>
    <message>
        <source>Last events</source>
        <translation>Letzte Ereignisse</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n open of %1</source>
        <translation>
            <numerusform>%n offen von %1</numerusform>
            <numerusform>%n offen von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline snapshot: nothing here is live.</source>
        <translation>Offline-Snapshot: Nichts hier ist live.</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>Queued messages</source>
        <translation>Nachrichten in Queues</translation>
    </message>
    <message>
        <source>Dead-lettered</source>
        <translation>In Dead-Letter-Queues</translation>
    </message>
    <message>
        <source>Publish / deliver / ack</source>
        <translation>Veröffentlichen / Zustellen / Bestätigen</translation>
    </message>
    <message>
        <source>Messages in all queues, dead-letter queues included. Opens Metrics.</source>
        <translation>Nachrichten in allen Queues, Dead-Letter-Queues eingeschlossen. Öffnet Metriken.</translation>
    </message>
    <message>
        <source>Messages in the dead-letter queues. Opens Metrics.</source>
        <translation>Nachrichten in den Dead-Letter-Queues. Öffnet Metriken.</translation>
    </message>
    <message>
        <source>Messages per second summed over all queues, as the broker measures them. Opens Metrics.</source>
        <translation>Nachrichten pro Sekunde, summiert über alle Queues, wie der Broker sie misst. Öffnet Metriken.</translation>
    </message>
    <message>
        <source>%1 / %2 / %3 per second</source>
        <translation>%1 / %2 / %3 pro Sekunde</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>No back end is open. Use File → New connection or File → Open demo.</source>
        <translation>Kein Backend geöffnet. Verwenden Sie Datei → Neue Verbindung oder Datei → Demo öffnen.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language of menus, views, dialogs and reports. Dates and numbers follow it too.</source>
        <translation>Die Sprache von Menüs, Ansichten, Dialogen und Berichten. Datums- und Zahlenformate folgen ihr ebenfalls.</translation>
    </message>
    <message>
        <source>Applies at once to every open window; the command line&apos;s --lang overrides it for one run.</source>
        <translation>Gilt sofort für alle offenen Fenster; --lang auf der Befehlszeile überschreibt sie für einen Programmlauf.</translation>
    </message>
</context>
<context>
    <name>PrometheusText</name>
    <message>
        <source>end of line</source>
        <translation>Zeilenende</translation>
    </message>
    <message>
        <source>byte 0x%1</source>
        <translation>Byte 0x%1</translation>
    </message>
    <message>
        <source>expected a metric name after &quot;# %1&quot;, found %2</source>
        <translation>Metrikname nach „# %1“ erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>second HELP line for &quot;%1&quot;</source>
        <translation>zweite HELP-Zeile für „%1“</translation>
    </message>
    <message>
        <source>expected a metric type after &quot;%1&quot;</source>
        <translation>Metriktyp nach „%1“ erwartet</translation>
    </message>
    <message>
        <source>unknown metric type &quot;%1&quot; for &quot;%2&quot;</source>
        <translation>unbekannter Metriktyp „%1“ für „%2“</translation>
    </message>
    <message>
        <source>unexpected text &quot;%1&quot; after the type of &quot;%2&quot;</source>
        <translation>unerwarteter Text „%1“ nach dem Typ von „%2“</translation>
    </message>
    <message>
        <source>second TYPE line for &quot;%1&quot;</source>
        <translation>zweite TYPE-Zeile für „%1“</translation>
    </message>
    <message>
        <source>TYPE line for &quot;%1&quot; after its samples</source>
        <translation>TYPE-Zeile für „%1“ nach dessen Messwerten</translation>
    </message>
    <message>
        <source>expected a metric name, found %1</source>
        <translation>Metrikname erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>unexpected %1 in metric name &quot;%2&quot;</source>
        <translation>unerwartetes %1 im Metriknamen „%2“</translation>
    </message>
    <message>
        <source>expected a value after &quot;%1&quot;</source>
        <translation>Wert nach „%1“ erwartet</translation>
    </message>
    <message>
        <source>invalid value &quot;%1&quot; for &quot;%2&quot;</source>
        <translation>ungültiger Wert „%1“ für „%2“</translation>
    </message>
    <message>
        <source>invalid timestamp &quot;%1&quot; for &quot;%2&quot;</source>
        <translation>ungültiger Zeitstempel „%1“ für „%2“</translation>
    </message>
    <message>
        <source>unexpected text &quot;%1&quot; after the timestamp</source>
        <translation>unerwarteter Text „%1“ nach dem Zeitstempel</translation>
    </message>
    <message>
        <source>duplicate label name &quot;%1&quot;</source>
        <translation>doppelter Label-Name „%1“</translation>
    </message>
    <message>
        <source>stopped after %1 samples, the most one exposition may hold</source>
        <translation>nach %1 Messwerten angehalten, dem Maximum einer Exposition</translation>
    </message>
    <message>
        <source>expected a label name or &apos;}&apos;, found %1</source>
        <translation>Label-Name oder „}“ erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after label name &quot;%1&quot;</source>
        <translation>„=“ nach dem Label-Namen „%1“ erwartet</translation>
    </message>
    <message>
        <source>expected &apos;&quot;&apos; to open the value of label &quot;%1&quot;</source>
        <translation>„&quot;“ erwartet, um den Wert des Labels „%1“ zu öffnen</translation>
    </message>
    <message>
        <source>unterminated value of label &quot;%1&quot;</source>
        <translation>nicht abgeschlossener Wert des Labels „%1“</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after the value of label &quot;%1&quot;</source>
        <translation>„,“ oder „}“ nach dem Wert des Labels „%1“ erwartet</translation>
    </message>
    <message>
        <source>missing &quot;%1&quot; label on &quot;%2&quot;</source>
        <translation>Label „%1“ fehlt bei „%2“</translation>
    </message>
    <message>
        <source>invalid &quot;%1&quot; value &quot;%2&quot; on &quot;%3&quot;</source>
        <translation>ungültiger „%1“-Wert „%2“ bei „%3“</translation>
    </message>
    <message>
        <source>the exposition is %1 bytes, more than the limit of %2 bytes</source>
        <translation>die Exposition ist %1 Byte groß, mehr als die Grenze von %2 Byte</translation>
    </message>
</context>
<context>
    <name>RabbitManagementClient</name>
    <message>
        <source>RabbitMQ refused the user name or password (%1): %2</source>
        <translation>RabbitMQ hat Benutzername oder Passwort abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>RabbitMQ refused this (%1): %2</source>
        <translation>RabbitMQ hat das abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>Not found on %1 (404): %2</source>
        <translation>Auf %1 nicht gefunden (404): %2</translation>
    </message>
    <message>
        <source>RabbitMQ answered %1: %2</source>
        <translation>RabbitMQ antwortete %1: %2</translation>
    </message>
    <message>
        <source>fields are missing or of the wrong type</source>
        <translation>Felder fehlen oder haben den falschen Typ</translation>
    </message>
</context>
<context>
    <name>RabbitMqBackend</name>
    <message>
        <source>Checking %1</source>
        <translation>%1 wird geprüft</translation>
    </message>
    <message>
        <source>RabbitMQ %1, signed in as %2 (%3)</source>
        <translation>RabbitMQ %1, angemeldet als %2 (%3)</translation>
    </message>
    <message>
        <source>(default exchange)</source>
        <translation>(Standard-Exchange)</translation>
    </message>
    <message>
        <source>Dead-lettered from %1 (%2)</source>
        <translation>Als Dead Letter aus %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2 in queue %3, exchange %4, routing keys %5, %n time(s)</source>
        <translation>
            <numerusform>%1  %2 in Queue %3, Exchange %4, Routing-Keys %5, %n Mal</numerusform>
            <numerusform>%1  %2 in Queue %3, Exchange %4, Routing-Keys %5, %n Mal</numerusform>
        </translation>
    </message>
    <message>
        <source>dead-letter queue</source>
        <translation>Dead-Letter-Queue</translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation>nach Name zugeordnet</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>Dead letter %1 was not in the last peek; refresh the list.</source>
        <translation>Dead Letter %1 war nicht im letzten Blick; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>%1 is a monitoring-only user on %2: it can look, not change anything.</source>
        <translation>%1 ist auf %2 ein reiner Monitoring-Benutzer: Er darf schauen, aber nichts ändern.</translation>
    </message>
    <message>
        <source>RabbitMQ letters are retried as they are: editing the payload is not offered.</source>
        <translation>RabbitMQ-Nachrichten werden unverändert wiederholt: Das Bearbeiten der Nutzdaten wird nicht angeboten.</translation>
    </message>
    <message>
        <source>The message was not in %1 any more, or could not be routed to its origin: %2</source>
        <translation>Die Nachricht war nicht mehr in %1 oder konnte nicht an ihren Ursprung geleitet werden: %2</translation>
    </message>
</context>
<context>
    <name>RabbitOperations</name>
    <message>
        <source>There is no operation “%1”.</source>
        <translation>Es gibt keine Operation „%1“.</translation>
    </message>
    <message>
        <source>A RabbitMQ broker has no breakers or sync jobs: only dead-letter operations (retry, delete, move, purge) run here.</source>
        <translation>Ein RabbitMQ-Broker hat keine Circuit Breaker und keine Sync-Jobs: hier laufen nur Operationen auf Dead Letters (Wiederholung, Löschen, Verschieben, Bereinigen).</translation>
    </message>
    <message>
        <source>Purging a queue needs a broker user tagged administrator; %1 is not.</source>
        <translation>Das Bereinigen einer Queue braucht einen Broker-Benutzer mit dem Tag administrator; %1 hat ihn nicht.</translation>
    </message>
    <message>
        <source>Select dead letters by exactly one of ids or filter.</source>
        <translation>Wählen Sie Dead Letters entweder nach IDs oder nach Filter aus (genau eines von beiden).</translation>
    </message>
    <message>
        <source>A purge empties whole queues: select them with a filter such as source:&lt;queue&gt;.</source>
        <translation>Bereinigen leert ganze Queues: wählen Sie sie mit einem Filter wie source:&lt;queue&gt; aus.</translation>
    </message>
    <message>
        <source>A move needs the name of the queue to move the dead letters to.</source>
        <translation>Zum Verschieben wird der Name der Queue gebraucht, in die die Dead Letters verschoben werden.</translation>
    </message>
    <message>
        <source>A reason is required: say why, it goes to the audit log.</source>
        <translation>Ein Grund ist erforderlich: sagen Sie warum, er kommt ins Audit-Protokoll.</translation>
    </message>
    <message>
        <source>The reason is %1 characters long; at most %2 are kept.</source>
        <translation>Der Grund ist %1 Zeichen lang; höchstens %2 werden behalten.</translation>
    </message>
    <message>
        <source>Dead letter %1 was not in the last peek; refresh the list and select again.</source>
        <translation>Dead Letter %1 war nicht im letzten Einblick; aktualisieren Sie die Liste und wählen Sie erneut aus.</translation>
    </message>
    <message>
        <source>The filter does not read: %1</source>
        <translation>Der Filter ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>A purge empties whole queues: name them with source: or group: and nothing else.</source>
        <translation>Bereinigen leert ganze Queues: benennen Sie sie mit source: oder group: und sonst nichts.</translation>
    </message>
    <message>
        <source>dead-letter queue %1</source>
        <translation>Dead-Letter-Queue %1</translation>
    </message>
    <message>
        <source>The journal has no record of %1.</source>
        <translation>Das Journal hat keinen Eintrag für %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s) may have been delivered twice (a crash between confirm and journal).</source>
        <translation>
            <numerusform>%1: %n Nachricht wurde möglicherweise zweimal zugestellt (ein Absturz zwischen Bestätigung und Journal).</numerusform>
            <numerusform>%1: %n Nachrichten wurden möglicherweise zweimal zugestellt (ein Absturz zwischen Bestätigung und Journal).</numerusform>
        </translation>
    </message>
    <message>
        <source>No dead-letter queue matched the selection.</source>
        <translation>Keine Dead-Letter-Queue passte zur Auswahl.</translation>
    </message>
    <message>
        <source>%1 is %2: a finished operation cannot be paused, resumed or cancelled.</source>
        <translation>%1 ist %2: eine beendete Operation kann nicht pausiert, fortgesetzt oder abgebrochen werden.</translation>
    </message>
    <message>
        <source>%1 is %2; only a running operation can be paused.</source>
        <translation>%1 ist %2; nur eine laufende Operation kann pausiert werden.</translation>
    </message>
    <message>
        <source>%1 is %2; only a paused operation can be resumed.</source>
        <translation>%1 ist %2; nur eine pausierte Operation kann fortgesetzt werden.</translation>
    </message>
    <message>
        <source>On RabbitMQ only the succeeded items of an operation are listed, and only with a move journal: failed messages stay in their queue.</source>
        <translation>Auf RabbitMQ werden nur die erfolgreichen Elemente einer Operation aufgelistet, und nur mit einem Verschiebe-Journal: fehlgeschlagene Nachrichten bleiben in ihrer Queue.</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>Nachricht %1</translation>
    </message>
    <message>
        <source>The broker refused access while working on %1 (ACCESS_REFUSED): %2</source>
        <translation>Der Broker hat den Zugriff bei der Arbeit an %1 verweigert (ACCESS_REFUSED): %2</translation>
    </message>
    <message>
        <source>The dry run failed. %1</source>
        <translation>Der Probelauf ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>The idempotency key “%1” was used for a different request (%2); use a new key for a new operation.</source>
        <translation>Der Idempotenzschlüssel „%1“ wurde für eine andere Anfrage verwendet (%2); verwenden Sie für eine neue Operation einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>%1 is running in another console or tool on this machine: act on it there.</source>
        <translation>%1 läuft in einer anderen Konsole oder einem anderen Werkzeug auf diesem Rechner: steuern Sie sie dort.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>The report data is damaged: %1 is missing or invalid.</source>
        <translation>Die Berichtsdaten sind beschädigt: %1 fehlt oder ist ungültig.</translation>
    </message>
    <message>
        <source>This is not a Breakwater report.</source>
        <translation>Dies ist kein Breakwater-Bericht.</translation>
    </message>
    <message>
        <source>The report was written in format version %1; this version of Breakwater reads version %2 only.</source>
        <translation>Der Bericht wurde im Formatversion %1 geschrieben; diese Breakwater-Version liest nur Version %2.</translation>
    </message>
    <message>
        <source>Request rate</source>
        <translation>Anfragerate</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <source>Error ratio</source>
        <translation>Fehleranteil</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Latency (all integrations)</source>
        <translation>Latenz (alle Integrationen)</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Latency p95 by integration</source>
        <translation>Latenz p95 nach Integration</translation>
    </message>
    <message>
        <source>Dead-letter depth by source</source>
        <translation>Dead-Letter-Bestand nach Quelle</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>Dead Letters</translation>
    </message>
    <message>
        <source>Open breakers</source>
        <translation>Offene Circuit Breaker</translation>
    </message>
    <message>
        <source>breakers</source>
        <translation>Circuit Breaker</translation>
    </message>
    <message>
        <source>open or half-open</source>
        <translation>offen oder halboffen</translation>
    </message>
    <message>
        <source>No data in this range</source>
        <translation>Keine Daten in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Breaker states</source>
        <translation>Zustände der Circuit Breaker</translation>
    </message>
    <message>
        <source>Breaker transitions</source>
        <translation>Übergänge der Circuit Breaker</translation>
    </message>
    <message>
        <source>Sync jobs</source>
        <translation>Sync-Jobs</translation>
    </message>
    <message>
        <source>Dead letters by cause</source>
        <translation>Dead Letters nach Ursache</translation>
    </message>
    <message>
        <source>Operator actions</source>
        <translation>Bedieneraktionen</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>Vorfallbericht</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>fields named %1</source>
        <translation>Felder namens %1</translation>
    </message>
    <message>
        <source>card numbers</source>
        <translation>Kartennummern</translation>
    </message>
    <message>
        <source>Bearer tokens</source>
        <translation>Bearer-Tokens</translation>
    </message>
    <message>
        <source>values matching %1</source>
        <translation>Werte passend zu %1</translation>
    </message>
    <message>
        <source>Redaction: none. This report may contain secrets.</source>
        <translation>Schwärzung: keine. Dieser Bericht kann Geheimnisse enthalten.</translation>
    </message>
    <message>
        <source>Redaction: %1 hidden in payloads, headers, error messages and stacks (%2 values replaced by [REDACTED]).</source>
        <translation>Schwärzung: %1 in Nutzdaten, Headern, Fehlermeldungen und Stacks verborgen (%2 Werte durch [REDACTED] ersetzt).</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Back end</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Dead letters in range</source>
        <translation>Dead Letters im Zeitraum</translation>
    </message>
    <message>
        <source>Dead letters in total</source>
        <translation>Dead Letters insgesamt</translation>
    </message>
    <message>
        <source>Causes (groups)</source>
        <translation>Ursachen (Gruppen)</translation>
    </message>
    <message>
        <source>Breakers opened</source>
        <translation>Geöffnete Circuit Breaker</translation>
    </message>
    <message>
        <source>Breakers not closed now</source>
        <translation>Derzeit nicht geschlossene Circuit Breaker</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 (%2 failed)</source>
        <translation>%1 (%2 fehlgeschlagen)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>half-open</source>
        <translation>halboffen</translation>
    </message>
    <message>
        <source>forced open</source>
        <translation>zwangsgeöffnet</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>eingereiht</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Breaker</source>
        <translation>Circuit Breaker</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>Slow calls</source>
        <translation>Langsame Aufrufe</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>Geöffnet um</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Verarbeitet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>None in this range.</source>
        <translation>Keine in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>The dead-letter list was cut at %L1 letters.</source>
        <translation>Die Dead-Letter-Liste wurde bei %L1 Einträgen abgeschnitten.</translation>
    </message>
    <message>
        <source>%1 dead letters in this range in %2 groups. The full list is in the CSV and JSON formats.</source>
        <translation>%1 Dead Letters in diesem Zeitraum in %2 Gruppen. Die vollständige Liste steht in den Formaten CSV und JSON.</translation>
    </message>
    <message>
        <source>%1 × %2 from %3</source>
        <translation>%1 × %2 aus %3</translation>
    </message>
    <message>
        <source>Letter %1, %2 attempts, last failed %3</source>
        <translation>Dead Letter %1, %2 Versuche, zuletzt fehlgeschlagen %3</translation>
    </message>
    <message>
        <source>%1 dead letters in this range in %2 groups; samples of the %3 largest groups follow. The full list is in the CSV and JSON formats.</source>
        <translation>%1 Dead Letters in diesem Zeitraum in %2 Gruppen; es folgen Stichproben der %3 größten Gruppen. Die vollständige Liste steht in den Formaten CSV und JSON.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>&amp;Open snapshot…</source>
        <translation>Snapshot ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a snapshot file as an offline, read-only back end.</source>
        <translation>Eine Snapshot-Datei als schreibgeschütztes Offline-Backend öffnen.</translation>
    </message>
    <message>
        <source>Save &amp;snapshot…</source>
        <translation>&amp;Snapshot speichern…</translation>
    </message>
    <message>
        <source>Save a time range of the selected back end to one file that opens offline.</source>
        <translation>Einen Zeitraum des ausgewählten Backends in einer Datei speichern, die sich offline öffnen lässt.</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>An incident report of a time range as PDF, HTML, CSV or JSON.</source>
        <translation>Ein Vorfallbericht über einen Zeitraum als PDF, HTML, CSV oder JSON.</translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation>Snapshot öffnen</translation>
    </message>
    <message>
        <source>Breakwater snapshots (*.%1)</source>
        <translation>Breakwater-Snapshots (*.%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ReportCollector</name>
    <message>
        <source>There is no back end to report on.</source>
        <translation>Es gibt kein Backend, über das berichtet werden kann.</translation>
    </message>
    <message>
        <source>The back end was closed while the report was collected.</source>
        <translation>Das Backend wurde geschlossen, während der Bericht gesammelt wurde.</translation>
    </message>
    <message>
        <source>Reading the back end&apos;s identity</source>
        <translation>Identität des Backends wird gelesen</translation>
    </message>
    <message>
        <source>Could not read the back end&apos;s identity: %1</source>
        <translation>Die Identität des Backends konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading metric history</source>
        <translation>Metrikverlauf wird gelesen</translation>
    </message>
    <message>
        <source>Metric history: this back end does not offer it.</source>
        <translation>Metrikverlauf: Dieses Backend bietet ihn nicht an.</translation>
    </message>
    <message>
        <source>Could not read the metric history: %1</source>
        <translation>Der Metrikverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading breakers</source>
        <translation>Circuit Breaker werden gelesen</translation>
    </message>
    <message>
        <source>Breakers: this back end has none.</source>
        <translation>Circuit Breaker: Dieses Backend hat keine.</translation>
    </message>
    <message>
        <source>Could not read the breakers: %1</source>
        <translation>Die Circuit Breaker konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading breaker transitions</source>
        <translation>Übergänge der Circuit Breaker werden gelesen</translation>
    </message>
    <message>
        <source>Breaker transitions: this back end does not offer their history.</source>
        <translation>Übergänge der Circuit Breaker: Dieses Backend bietet ihren Verlauf nicht an.</translation>
    </message>
    <message>
        <source>Could not read the breaker transitions: %1</source>
        <translation>Die Übergänge der Circuit Breaker konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading sync jobs</source>
        <translation>Sync-Jobs werden gelesen</translation>
    </message>
    <message>
        <source>Sync jobs: this back end has none.</source>
        <translation>Sync-Jobs: Dieses Backend hat keine.</translation>
    </message>
    <message>
        <source>Could not read the sync jobs: %1</source>
        <translation>Die Sync-Jobs konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Counting dead letters by cause</source>
        <translation>Dead Letters werden nach Ursache gezählt</translation>
    </message>
    <message>
        <source>Could not count the dead letters: %1</source>
        <translation>Die Dead Letters konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>Dead letters: this back end has none.</source>
        <translation>Dead Letters: Dieses Backend hat keine.</translation>
    </message>
    <message>
        <source>Reading dead letters (%1 of %2)</source>
        <translation>Dead Letters werden gelesen (%1 von %2)</translation>
    </message>
    <message>
        <source>Could not read the dead letters: %1</source>
        <translation>Die Dead Letters konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Dead letters: only the first %L1 are listed.</source>
        <translation>Dead Letters: Nur die ersten %L1 sind aufgeführt.</translation>
    </message>
    <message>
        <source>Reading sample letters (%1 of %2)</source>
        <translation>Beispiel-Dead-Letters werden gelesen (%1 von %2)</translation>
    </message>
    <message>
        <source>Could not read dead letter %1: %2</source>
        <translation>Dead Letter %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No keychain answered (%1): the token is kept for this session only and will be asked for again next time.</source>
        <translation>Kein Schlüsselbund hat geantwortet (%1): Das Token gilt nur für diese Sitzung und wird beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <source>The token is kept for this session only.</source>
        <translation>Das Token gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Cannot read the token from the keychain: %1</source>
        <translation>Das Token kann nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot remove the token from the keychain: %1</source>
        <translation>Das Token kann nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>SnapshotBackend</name>
    <message numerus="yes">
        <source>(Not captured: this offline snapshot keeps the payload and headers of %n sample letter(s) per group only.)</source>
        <translation>
            <numerusform>(Nicht erfasst: Dieser Offline-Snapshot enthält Nutzdaten und Header nur für %n Beispiel-Dead-Letter pro Gruppe.)</numerusform>
            <numerusform>(Nicht erfasst: Dieser Offline-Snapshot enthält Nutzdaten und Header nur für %n Beispiel-Dead-Letters pro Gruppe.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline snapshot: read-only. Nothing can be changed in a snapshot; connect to the back end to act.</source>
        <translation>Offline-Snapshot: nur lesbar. In einem Snapshot lässt sich nichts ändern; verbinden Sie sich mit dem Backend, um zu handeln.</translation>
    </message>
    <message>
        <source>%1 (offline snapshot)</source>
        <translation>%1 (Offline-Snapshot)</translation>
    </message>
    <message>
        <source>Offline snapshot: nothing here is live.</source>
        <translation>Offline-Snapshot: Nichts hier ist live.</translation>
    </message>
    <message>
        <source>The snapshot has no breaker named %1.</source>
        <translation>Der Snapshot enthält keinen Circuit Breaker namens %1.</translation>
    </message>
    <message>
        <source>The snapshot has no sync job %1.</source>
        <translation>Der Snapshot enthält keinen Sync-Job %1.</translation>
    </message>
    <message>
        <source>The cursor &quot;%1&quot; does not come from this snapshot.</source>
        <translation>Der Cursor „%1“ stammt nicht aus diesem Snapshot.</translation>
    </message>
    <message>
        <source>The snapshot has no dead letter %1.</source>
        <translation>Der Snapshot enthält keine Dead Letter %1.</translation>
    </message>
</context>
<context>
    <name>SnapshotFile</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>This is not a Breakwater snapshot (it does not start with the snapshot signature).</source>
        <translation>Dies ist kein Breakwater-Snapshot (er beginnt nicht mit der Snapshot-Signatur).</translation>
    </message>
    <message>
        <source>The snapshot&apos;s header is too large: the file is damaged.</source>
        <translation>Der Kopf des Snapshots ist zu groß: Die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The snapshot is truncated: its header is incomplete.</source>
        <translation>Der Snapshot ist abgeschnitten: Sein Kopf ist unvollständig.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s header is damaged: %1</source>
        <translation>Der Kopf des Snapshots ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The snapshot&apos;s header is damaged or not a Breakwater snapshot header.</source>
        <translation>Der Kopf des Snapshots ist beschädigt oder kein Breakwater-Snapshot-Kopf.</translation>
    </message>
    <message>
        <source>This snapshot was made by %1 (format %2); this version reads formats %3-%4. Open it with a newer Breakwater.</source>
        <translation>Dieser Snapshot wurde von %1 erstellt (Format %2); diese Version liest die Formate %3-%4. Öffnen Sie ihn mit einem neueren Breakwater.</translation>
    </message>
    <message>
        <source>This snapshot was made by %1 (format %2), which is too old; this version reads formats %3-%4.</source>
        <translation>Dieser Snapshot wurde von %1 erstellt (Format %2), das zu alt ist; diese Version liest die Formate %3-%4.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s body is compressed with &quot;%1&quot;, which this version cannot read.</source>
        <translation>Der Inhalt des Snapshots ist mit „%1“ komprimiert, das diese Version nicht lesen kann.</translation>
    </message>
    <message>
        <source>The snapshot is truncated: %1 of its %2 are missing.</source>
        <translation>Der Snapshot ist abgeschnitten: %1 seiner %2 fehlen.</translation>
    </message>
    <message>
        <source>The snapshot is damaged: it has data after its end.</source>
        <translation>Der Snapshot ist beschädigt: Er hat Daten nach seinem Ende.</translation>
    </message>
    <message>
        <source>The snapshot is damaged: its contents do not match their checksum.</source>
        <translation>Der Snapshot ist beschädigt: Sein Inhalt passt nicht zu seiner Prüfsumme.</translation>
    </message>
    <message>
        <source>The snapshot is truncated: it has no contents.</source>
        <translation>Der Snapshot ist abgeschnitten: Er hat keinen Inhalt.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s contents are too large to open (%1; at most %2).</source>
        <translation>Der Inhalt des Snapshots ist zu groß zum Öffnen (%1; höchstens %2).</translation>
    </message>
    <message>
        <source>The snapshot is damaged: its contents cannot be decompressed.</source>
        <translation>Der Snapshot ist beschädigt: Sein Inhalt lässt sich nicht entpacken.</translation>
    </message>
    <message>
        <source>The snapshot is damaged: %1</source>
        <translation>Der Snapshot ist beschädigt: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a snapshot this version opens (%2; at most %3).</source>
        <translation>%1 ist zu groß für einen Snapshot, den diese Version öffnet (%2; höchstens %3).</translation>
    </message>
</context>
<context>
    <name>StartSyncDialog</name>
    <message>
        <source>Start a sync</source>
        <translation>Synchronisierung starten</translation>
    </message>
    <message>
        <source>e.g. Marketplace catalogue</source>
        <translation>z. B. Marktplatz-Katalog</translation>
    </message>
    <message>
        <source>server default</source>
        <translation>Server-Standard</translation>
    </message>
    <message>
        <source> items/s</source>
        <translation> Elemente/s</translation>
    </message>
    <message>
        <source>Continue...</source>
        <translation>Weiter...</translation>
    </message>
    <message>
        <source>&amp;Integration:</source>
        <translation>&amp;Integration:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Total items:</source>
        <translation>Elemente &amp;gesamt:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Seitengröße:</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Rate:</translation>
    </message>
</context>
<context>
    <name>SyncJobModel</name>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 / %2 (%3 %)</source>
        <translation>%1 / %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
</context>
<context>
    <name>SyncsView</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n sync(s)</source>
        <translation>
            <numerusform>%n Synchronisierung abbrechen</numerusform>
            <numerusform>%n Synchronisierungen abbrechen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pause %n sync(s)</source>
        <translation>
            <numerusform>%n Synchronisierung pausieren</numerusform>
            <numerusform>%n Synchronisierungen pausieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resume %n sync(s)</source>
        <translation>
            <numerusform>%n Synchronisierung fortsetzen</numerusform>
            <numerusform>%n Synchronisierungen fortsetzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry the failed items of %n sync(s)</source>
        <translation>
            <numerusform>Die fehlgeschlagenen Elemente von %n Synchronisierung wiederholen</numerusform>
            <numerusform>Die fehlgeschlagenen Elemente von %n Synchronisierungen wiederholen</numerusform>
        </translation>
    </message>
    <message>
        <source>Start sync...</source>
        <translation>Synchronisierung starten...</translation>
    </message>
    <message>
        <source>Filter by name, integration or state (Ctrl+F)</source>
        <translation>Nach Name, Integration oder Zustand filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <source>%1 is complete.</source>
        <translation>%1 ist abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 reached %2 %.</source>
        <translation>%1 hat %2 % erreicht.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Start a sync of %n item(s)</source>
        <translation>
            <numerusform>Eine Synchronisierung von %n Element starten</numerusform>
            <numerusform>Eine Synchronisierung von %n Elementen starten</numerusform>
        </translation>
    </message>
    <message>
        <source>Start a new sync job</source>
        <translation>Einen neuen Sync-Job starten</translation>
    </message>
    <message>
        <source>Select one or more sync jobs first</source>
        <translation>Wählen Sie zuerst einen oder mehrere Sync-Jobs</translation>
    </message>
    <message>
        <source>Cancel selected…</source>
        <translation>Auswahl abbrechen…</translation>
    </message>
    <message numerus="yes">
        <source>%n selected sync job(s): %1</source>
        <translation>
            <numerusform>%n ausgewählter Sync-Job: %1</numerusform>
            <numerusform>%n ausgewählte Sync-Jobs: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel the selected sync jobs as one bulk operation, after a dry run</source>
        <translation>Die ausgewählten Sync-Jobs nach einem Probelauf in einer Massenoperation abbrechen</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The profile %1 is read-only.</source>
        <translation>Das Profil %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The token for %1 is a viewer&apos;s: it can look, not act.</source>
        <translation>Das Token für %1 gehört einem Betrachter: Es darf schauen, nicht handeln.</translation>
    </message>
    <message>
        <source>%1 is unreachable.</source>
        <translation>%1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Nicht mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Give a reason: it goes to the audit logs.</source>
        <translation>Geben Sie einen Grund an: Er kommt in die Audit-Protokolle.</translation>
    </message>
    <message>
        <source>The reason is too long (%1 characters; at most %2).</source>
        <translation>Der Grund ist zu lang (%1 Zeichen; höchstens %2).</translation>
    </message>
    <message>
        <source>No audit log is open: this action was not recorded.</source>
        <translation>Kein Audit-Protokoll geöffnet: Diese Aktion wurde nicht aufgezeichnet.</translation>
    </message>
    <message>
        <source>This action could not be written to the audit log: %1</source>
        <translation>Diese Aktion konnte nicht ins Audit-Protokoll geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Breaker %1 is now %2.</source>
        <translation>Circuit Breaker %1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>Sync %1 is now %2.</source>
        <translation>Synchronisierung %1 ist jetzt %2.</translation>
    </message>
    <message numerus="yes">
        <source>Started sync %1 of %n item(s).</source>
        <translation>
            <numerusform>Synchronisierung %1 von %n Element gestartet.</numerusform>
            <numerusform>Synchronisierung %1 von %n Elementen gestartet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dead letter %1 was delivered.</source>
        <translation>Dead Letter %1 wurde zugestellt.</translation>
    </message>
    <message>
        <source>Dead letter %1 failed again: %2</source>
        <translation>Dead Letter %1 ist erneut fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Dead letter %1 was deleted.</source>
        <translation>Dead Letter %1 wurde gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Started operation %1 on %n item(s).</source>
        <translation>
            <numerusform>Operation %1 auf %n Element gestartet.</numerusform>
            <numerusform>Operation %1 auf %n Elementen gestartet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Operation %1 is now %2.</source>
        <translation>Operation %1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>This is an offline snapshot of %1: it can be looked at, not acted on.</source>
        <translation>Dies ist ein Offline-Snapshot von %1: Man kann ihn ansehen, aber nicht darauf handeln.</translation>
    </message>
    <message>
        <source>Started operation %1; it counts its items as it reads them.</source>
        <translation>Operation %1 gestartet; sie zählt ihre Elemente, während sie sie liest.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Operations console for integration back ends.</source>
        <translation>Betriebskonsole für Integrations-Backends.</translation>
    </message>
    <message>
        <source>Start a local breakwater-sim and connect to it.</source>
        <translation>Einen lokalen breakwater-sim starten und sich damit verbinden.</translation>
    </message>
    <message>
        <source>User interface language: en, ro or de.</source>
        <translation>Sprache der Oberfläche: en, ro oder de.</translation>
    </message>
    <message>
        <source>Open this snapshot file as an offline back end (instead of the saved connections).</source>
        <translation>Diese Snapshot-Datei als Offline-Backend öffnen (statt der gespeicherten Verbindungen).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
</context>
</TS>

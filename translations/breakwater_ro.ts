<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO" sourcelanguage="en">
<context>
    <name>AreaStatusLine</name>
    <message>
        <source>no back end open</source>
        <translation>niciun back-end deschis</translation>
    </message>
    <message>
        <source>Actions unavailable: %1</source>
        <translation>Acțiuni indisponibile: %1</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Cannot open the audit log %1: %2</source>
        <translation>Jurnalul de audit %1 nu poate fi deschis: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the audit log %1: %2</source>
        <translation>Jurnalul de audit %1 nu poate fi pregătit: %2</translation>
    </message>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>Jurnalul de audit nu poate fi scris: %1</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n record(s) checked.</source>
        <translation>
            <numerusform>Jurnalul de audit este intact: %n înregistrare verificată.</numerusform>
            <numerusform>Jurnalul de audit este intact: %n înregistrări verificate.</numerusform>
            <numerusform>Jurnalul de audit este intact: %n de înregistrări verificate.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was changed outside the console: record %1 (%2) or the one before it was edited or removed.</source>
        <translation>Jurnalul de audit a fost modificat în afara consolei: înregistrarea %1 (%2) sau cea dinaintea ei a fost editată sau ștearsă.</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>%1 (token %2)</source>
        <translation>%1 (token %2)</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>reușit</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>eșuat</translation>
    </message>
    <message>
        <source>succeeded: %1</source>
        <translation>reușit: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>eșuat: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilizator</translation>
    </message>
    <message>
        <source>Back end</source>
        <translation>Back-end</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Mediu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acțiune</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Țintă</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Search user, back end, action, target, reason (Ctrl+F)</source>
        <translation>Caută utilizator, back-end, acțiune, țintă, motiv (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Orice rezultat</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Reușite</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Eșuate</translation>
    </message>
    <message>
        <source>Back end:</source>
        <translation>Back-end:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Acțiune:</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>&amp;Copiază rândurile</translation>
    </message>
    <message>
        <source>All back ends</source>
        <translation>Toate back-endurile</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toate acțiunile</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>The server refused the token (401): %1</source>
        <translation>Serverul a refuzat tokenul (401): %1</translation>
    </message>
    <message>
        <source>The token&apos;s role does not allow this (403): %1</source>
        <translation>Rolul tokenului nu permite acest lucru (403): %1</translation>
    </message>
    <message>
        <source>Not found on the server (404): %1</source>
        <translation>Nu există pe server (404): %1</translation>
    </message>
    <message>
        <source>Not allowed right now (409): %1</source>
        <translation>Nepermis în acest moment (409): %1</translation>
    </message>
    <message>
        <source>The request is too large for the server (413): %1</source>
        <translation>Cererea este prea mare pentru server (413): %1</translation>
    </message>
    <message>
        <source>The server rejected the request as invalid (422): %1</source>
        <translation>Serverul a respins cererea ca invalidă (422): %1</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>corpul este gol</translation>
    </message>
    <message>
        <source>fields are missing or of the wrong type</source>
        <translation>lipsesc câmpuri sau au tipul greșit</translation>
    </message>
    <message>
        <source>The server failed (%1): %2</source>
        <translation>Eroare pe server (%1): %2</translation>
    </message>
    <message>
        <source>The server answered %1: %2</source>
        <translation>Serverul a răspuns %1: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 nu poate fi contactat: %2</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s</source>
        <translation>Niciun răspuns de la %1 în %2 s</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than the limit of %2 MiB</source>
        <translation>Răspunsul de la %1 depășește limita de %2 MiB</translation>
    </message>
    <message>
        <source>The answer from %1 is not understood: %2</source>
        <translation>Răspunsul de la %1 nu poate fi interpretat: %2</translation>
    </message>
    <message>
        <source>This back end does not offer %1</source>
        <translation>Acest back-end nu oferă %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulat</translation>
    </message>
</context>
<context>
    <name>BreakerModel</name>
    <message>
        <source>Closed</source>
        <translation>Închis</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschis</translation>
    </message>
    <message>
        <source>Half open</source>
        <translation>Semideschis</translation>
    </message>
    <message>
        <source>Forced open</source>
        <translation>Deschis forțat</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Dezactivat</translation>
    </message>
    <message>
        <source>n/a / %1</source>
        <translation>n/a / %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1/%2 calls, %3 failed, %4 slow</source>
        <translation>%1/%2 apeluri, %3 eșuate, %4 lente</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>acum</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>în %1</translation>
    </message>
    <message>
        <source>%1 → %2 at %3</source>
        <translation>%1 → %2 la %3</translation>
    </message>
    <message>
        <source>%1 (integration %2)</source>
        <translation>%1 (integrarea %2)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motiv: %1</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>De către: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) not permitted while open</source>
        <translation>
            <numerusform>%n apel nepermis cât timp este deschis</numerusform>
            <numerusform>%n apeluri nepermise cât timp este deschis</numerusform>
            <numerusform>%n de apeluri nepermise cât timp este deschis</numerusform>
        </translation>
    </message>
    <message>
        <source>Breaker</source>
        <translation>Întrerupător</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Failure rate / threshold</source>
        <translation>Rată de eșec / prag</translation>
    </message>
    <message>
        <source>Slow calls / threshold</source>
        <translation>Apeluri lente / prag</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fereastră</translation>
    </message>
    <message>
        <source>Next probe</source>
        <translation>Următoarea probă</translation>
    </message>
    <message>
        <source>Last transition</source>
        <translation>Ultima tranziție</translation>
    </message>
</context>
<context>
    <name>BreakerTimeline</name>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Tranziție</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cauză</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Select a breaker to see its transitions.</source>
        <translation>Selectați un întrerupător pentru a-i vedea tranzițiile.</translation>
    </message>
    <message numerus="yes">
        <source>Transitions of %1 (%n seen)</source>
        <translation>
            <numerusform>Tranzițiile lui %1 (%n văzută)</numerusform>
            <numerusform>Tranzițiile lui %1 (%n văzute)</numerusform>
            <numerusform>Tranzițiile lui %1 (%n de văzute)</numerusform>
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
        <translation>Resetează</translation>
    </message>
    <message>
        <source>Force open</source>
        <translation>Forțează deschiderea</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Dezactivează</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Eliberează</translation>
    </message>
    <message>
        <source>Close the breaker and clear its window</source>
        <translation>Închide întrerupătorul și golește-i fereastra</translation>
    </message>
    <message>
        <source>Reject every call until released</source>
        <translation>Respinge orice apel până la eliberare</translation>
    </message>
    <message>
        <source>Let every call through, whatever the failures</source>
        <translation>Lasă să treacă orice apel, indiferent de eșecuri</translation>
    </message>
    <message>
        <source>End a forced open or disabled state</source>
        <translation>Încheie starea de deschidere forțată sau dezactivare</translation>
    </message>
    <message numerus="yes">
        <source>Reset %n breaker(s)</source>
        <translation>
            <numerusform>Resetează %n întrerupător</numerusform>
            <numerusform>Resetează %n întrerupătoare</numerusform>
            <numerusform>Resetează %n de întrerupătoare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Force open %n breaker(s)</source>
        <translation>
            <numerusform>Forțează deschiderea a %n întrerupător</numerusform>
            <numerusform>Forțează deschiderea a %n întrerupătoare</numerusform>
            <numerusform>Forțează deschiderea a %n de întrerupătoare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n breaker(s)</source>
        <translation>
            <numerusform>Dezactivează %n întrerupător</numerusform>
            <numerusform>Dezactivează %n întrerupătoare</numerusform>
            <numerusform>Dezactivează %n de întrerupătoare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release %n breaker(s)</source>
        <translation>
            <numerusform>Eliberează %n întrerupător</numerusform>
            <numerusform>Eliberează %n întrerupătoare</numerusform>
            <numerusform>Eliberează %n de întrerupătoare</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name or integration (Ctrl+F)</source>
        <translation>Filtrează după nume sau integrare (Ctrl+F)</translation>
    </message>
    <message>
        <source>Select one or more breakers first</source>
        <translation>Selectați mai întâi unul sau mai multe întrerupătoare</translation>
    </message>
    <message>
        <source>Reset selected…</source>
        <translation>Resetează selecția…</translation>
    </message>
    <message numerus="yes">
        <source>%n selected breaker(s): %1</source>
        <translation>
            <numerusform>%n întrerupător selectat: %1</numerusform>
            <numerusform>%n întrerupătoare selectate: %1</numerusform>
            <numerusform>%n de întrerupătoare selectate: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset the selected breakers as one bulk operation, after a dry run</source>
        <translation>Resetează întrerupătoarele selectate într-o singură operațiune în masă, după o simulare</translation>
    </message>
</context>
<context>
    <name>BulkOperationDialog</name>
    <message>
        <source>operation %1</source>
        <translation>operațiunea %1</translation>
    </message>
    <message>
        <source>Bulk operation: %1</source>
        <translation>Operațiune în masă: %1</translation>
    </message>
    <message>
        <source>Dry run of %1: counting what the operation would act on. Nothing changes on the server until you run it.</source>
        <translation>Simulare pentru %1: se numără elementele asupra cărora ar acționa operațiunea. Nimic nu se schimbă pe server până nu o rulați.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Se numără…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Error group</source>
        <translation>Grup de erori</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detaliu</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>După sursă</translation>
    </message>
    <message>
        <source>By error group</source>
        <translation>După grupul de erori</translation>
    </message>
    <message>
        <source>Count &amp;again</source>
        <translation>Numără din &amp;nou</translation>
    </message>
    <message>
        <source>Run the dry run again (the selection is frozen anew)</source>
        <translation>Rulează din nou simularea (selecția este înghețată din nou)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>&amp;Următorul…</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Eșantion</translation>
    </message>
    <message>
        <source>Why? Recorded in the audit log and sent to the server</source>
        <translation>De ce? Se înregistrează în jurnalul de audit și se trimite serverului</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motiv:</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Îna&amp;poi</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Rulează</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Stare:</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Finalizate:</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Ritm:</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>Timp rămas:</translation>
    </message>
    <message>
        <source>Errors so far:</source>
        <translation>Erori până acum:</translation>
    </message>
    <message>
        <source>The operation runs on the server. Closing this window does not stop it: it keeps running, and the Operations area (Ctrl+7) shows its progress and result, also after the console restarts.</source>
        <translation>Operațiunea rulează pe server. Închiderea acestei ferestre nu o oprește: continuă să ruleze, iar zona Operațiuni (Ctrl+7) îi arată progresul și rezultatul, chiar și după repornirea consolei.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pauză</translation>
    </message>
    <message>
        <source>&amp;Cancel operation…</source>
        <translation>&amp;Anulează operațiunea…</translation>
    </message>
    <message>
        <source>Stop the operation: items already done stay done</source>
        <translation>Oprește operațiunea: elementele deja procesate rămân procesate</translation>
    </message>
    <message>
        <source>C&amp;lose (keeps running)</source>
        <translation>Înch&amp;ide (continuă să ruleze)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Eroare</translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation>Numărători:</translation>
    </message>
    <message>
        <source>Reconciliation:</source>
        <translation>Reconciliere:</translation>
    </message>
    <message>
        <source>Skipped because:</source>
        <translation>Omise pentru că:</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportă &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exportă &amp;JSON…</translation>
    </message>
    <message>
        <source>First failed items</source>
        <translation>Primele elemente eșuate</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>simulare</translation>
    </message>
    <message>
        <source>The dry run failed.</source>
        <translation>Simularea a eșuat.</translation>
    </message>
    <message>
        <source>Nothing matches: the operation would act on no item.</source>
        <translation>Nimic nu corespunde: operațiunea nu ar acționa asupra niciunui element.</translation>
    </message>
    <message>
        <source>Dry run of %1. The selection is frozen at dead letter %2: letters arriving later are not included. Nothing has changed yet.</source>
        <translation>Simulare pentru %1. Selecția este înghețată la mesajul nelivrat %2: mesajele sosite ulterior nu sunt incluse. Nu s-a schimbat încă nimic.</translation>
    </message>
    <message>
        <source>Dry run of %1. Nothing has changed yet.</source>
        <translation>Simulare pentru %1. Nu s-a schimbat încă nimic.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Tastați %1 pentru a confirma:</translation>
    </message>
    <message>
        <source>Type the count (%1) to confirm:</source>
        <translation>Tastați numărul (%1) pentru a confirma:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2
Selection: %3</source>
        <translation>%1 pe %2
Selecție: %3</translation>
    </message>
    <message>
        <source>The back end is closed.</source>
        <translation>Back-endul este închis.</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Indisponibil: %1</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Motivul este obligatoriu.</translation>
    </message>
    <message>
        <source>Type %1 exactly to enable Run.</source>
        <translation>Tastați exact %1 pentru a activa Rulează.</translation>
    </message>
    <message numerus="yes">
        <source>Run acts on exactly the %n item(s) counted by the dry run.</source>
        <translation>
            <numerusform>Rulează acționează exact asupra elementului (%n) numărat de simulare.</numerusform>
            <numerusform>Rulează acționează exact asupra celor %n elemente numărate de simulare.</numerusform>
            <numerusform>Rulează acționează exact asupra celor %n de elemente numărate de simulare.</numerusform>
        </translation>
    </message>
    <message>
        <source>The operation did not start: %1</source>
        <translation>Operațiunea nu a pornit: %1</translation>
    </message>
    <message>
        <source>%1 (operation %2)</source>
        <translation>%1 (operațiunea %2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 din %2</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 succeeded, %4 skipped)</source>
        <translation>%1 din %2 (%3 reușite, %4 omise)</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>în pauză</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reia</translation>
    </message>
    <message>
        <source>Cancel operation</source>
        <translation>Anulează operațiunea</translation>
    </message>
    <message>
        <source>%1: %2 (operation %3)</source>
        <translation>%1: %2 (operațiunea %3)</translation>
    </message>
    <message>
        <source>%1 selected, %2 succeeded, %3 failed, %4 skipped</source>
        <translation>%1 selectate, %2 reușite, %3 eșuate, %4 omise</translation>
    </message>
    <message>
        <source>%1; %2 not accounted for</source>
        <translation>%1; %2 nejustificate</translation>
    </message>
    <message>
        <source>Reconciled: selected = succeeded + failed + skipped.</source>
        <translation>Reconciliat: selectate = reușite + eșuate + omise.</translation>
    </message>
    <message>
        <source>Not reconciled.</source>
        <translation>Nereconciliat.</translation>
    </message>
    <message>
        <source>Could not load the failed items: %1</source>
        <translation>Elementele eșuate nu au putut fi încărcate: %1</translation>
    </message>
    <message>
        <source>Export result as JSON</source>
        <translation>Exportă rezultatul ca JSON</translation>
    </message>
    <message>
        <source>Export result as CSV</source>
        <translation>Exportă rezultatul ca CSV</translation>
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
        <translation>Exportul în %1 nu a reușit: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 nu a putut fi scris: %2</translation>
    </message>
    <message>
        <source>Operation %1: %2. The %3 item(s) not done yet are skipped; items already done stay done.</source>
        <translation>Operațiunea %1: %2. Cele %3 elemente neprocesate încă sunt omise; elementele deja procesate rămân procesate.</translation>
    </message>
    <message>
        <source> items/s</source>
        <translation> elemente/s</translation>
    </message>
    <message>
        <source>As fast as the server goes</source>
        <translation>Cât de repede merge serverul</translation>
    </message>
    <message>
        <source>A rate limit spares the upstream systems the items are sent to</source>
        <translation>O limită de ritm protejează sistemele din amonte către care sunt trimise elementele</translation>
    </message>
    <message>
        <source>Rate &amp;limit:</source>
        <translation>&amp;Limită de ritm:</translation>
    </message>
    <message>
        <source>%1 (the exact count, just now)</source>
        <translation>%1 (numărul exact, chiar acum)</translation>
    </message>
    <message>
        <source>Name the queue to move to, then run the dry run.</source>
        <translation>Numiți coada în care se mută, apoi rulați simularea.</translation>
    </message>
    <message>
        <source>The queue to move the dead letters to, e.g. orders.retry</source>
        <translation>Coada în care se mută mesajele nelivrate, de ex. orders.retry</translation>
    </message>
    <message>
        <source>&amp;Target queue:</source>
        <translation>Coada &amp;țintă:</translation>
    </message>
    <message>
        <source>Name the queue to move the dead letters to.</source>
        <translation>Numiți coada în care se mută mesajele nelivrate.</translation>
    </message>
    <message>
        <source>The target queue must differ from the source: the dead letters are already in %1.</source>
        <translation>Coada țintă trebuie să difere de sursă: mesajele nelivrate sunt deja în %1.</translation>
    </message>
    <message>
        <source>The target queue changed: run the dry run again.</source>
        <translation>Coada țintă s-a schimbat: rulați din nou simularea.</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Simulare</translation>
    </message>
</context>
<context>
    <name>ConfirmActionDialog</name>
    <message>
        <source>Confirm: %1</source>
        <translation>Confirmare: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n element</numerusform>
            <numerusform>%n elemente</numerusform>
            <numerusform>%n de elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Acțiune:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Țintă:</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Număr:</translation>
    </message>
    <message>
        <source>Why? Recorded in the audit log and sent to the server</source>
        <translation>De ce? Se înregistrează în jurnalul de audit și se trimite serverului</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motiv:</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Tastați %1 pentru a confirma:</translation>
    </message>
    <message>
        <source>Type the count (%1) to confirm:</source>
        <translation>Tastați numărul (%1) pentru a confirma:</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Motivul este obligatoriu.</translation>
    </message>
    <message>
        <source>Type %1 exactly to enable the action.</source>
        <translation>Tastați exact %1 pentru a activa acțiunea.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Read-only: refuse every action from this console</source>
        <translation>Doar citire: refuză orice acțiune din această consolă</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Conexiune nouă</translation>
    </message>
    <message>
        <source>e.g. prod-eu</source>
        <translation>de ex. prod-eu</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nume:</translation>
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
        <translation>Niciun depozit de chei nu răspunde pe acest calculator: tokenul este păstrat doar pentru această sesiune și va fi cerut din nou data viitoare. Nu este scris niciodată pe disc.</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Mediu:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectează</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Dați un nume conexiunii.</translation>
    </message>
    <message>
        <source>The URL must be http:// or https:// with a host.</source>
        <translation>URL-ul trebuie să fie http:// sau https:// și să aibă o gazdă.</translation>
    </message>
    <message>
        <source>A token is required.</source>
        <translation>Tokenul este obligatoriu.</translation>
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
        <translation>&amp;Tip:</translation>
    </message>
    <message>
        <source>&amp;AMQP URL:</source>
        <translation>URL &amp;AMQP:</translation>
    </message>
    <message>
        <source>&amp;Virtual host:</source>
        <translation>Gazdă &amp;virtuală:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Utilizator:</translation>
    </message>
    <message>
        <source>Management &amp;URL:</source>
        <translation>&amp;URL de administrare:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parolă:</translation>
    </message>
    <message>
        <source>The AMQP URL must be amqp:// or amqps:// with a host.</source>
        <translation>URL-ul AMQP trebuie să fie amqp:// sau amqps:// și să aibă o gazdă.</translation>
    </message>
    <message>
        <source>A user is required.</source>
        <translation>Utilizatorul este obligatoriu.</translation>
    </message>
    <message>
        <source>A password is required.</source>
        <translation>Parola este obligatorie.</translation>
    </message>
    <message>
        <source>Queues whose name matches this regular expression (ignoring case) are shown as dead-letter queues, besides those the broker&apos;s dead-letter arguments and policies point at. Empty: the default shown.</source>
        <translation>Cozile al căror nume se potrivește cu această expresie regulată (fără a ține cont de majuscule) sunt arătate drept cozi de mesaje nelivrate, pe lângă cele indicate de argumentele și politicile de dead-letter ale brokerului. Gol: valoarea implicită afișată.</translation>
    </message>
    <message>
        <source>&amp;Dead-letter queues:</source>
        <translation>Cozi de mesaje &amp;nelivrate:</translation>
    </message>
    <message>
        <source>The dead-letter queue pattern is not a valid regular expression: %1.</source>
        <translation>Modelul pentru cozile de mesaje nelivrate nu este o expresie regulată validă: %1.</translation>
    </message>
</context>
<context>
    <name>ConsoleAreas</name>
    <message>
        <source>Overview</source>
        <translation>Prezentare</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metrici</translation>
    </message>
    <message>
        <source>Syncs</source>
        <translation>Sincronizări</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Mesaje nelivrate</translation>
    </message>
    <message>
        <source>Breakers</source>
        <translation>Întrerupătoare</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operațiuni</translation>
    </message>
</context>
<context>
    <name>ConsoleDemo</name>
    <message>
        <source>Cannot create a data folder for the demo: %1</source>
        <translation>Nu se poate crea un dosar de date pentru demo: %1</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>%1 nu poate fi pornit: %2</translation>
    </message>
    <message>
        <source>The demo server stopped before it listened (exit code %1).</source>
        <translation>Serverul demo s-a oprit înainte să asculte (cod de ieșire %1).</translation>
    </message>
    <message numerus="yes">
        <source>The demo server did not start within %n second(s).</source>
        <translation>
            <numerusform>Serverul demo nu a pornit în %n secundă.</numerusform>
            <numerusform>Serverul demo nu a pornit în %n secunde.</numerusform>
            <numerusform>Serverul demo nu a pornit în %n de secunde.</numerusform>
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
        <translation>Jurnalul de audit %1 nu poate fi deschis: %2. Acțiunile nu pot fi înregistrate, așa că consola nu va porni.</translation>
    </message>
    <message>
        <source>No token for %1 in the keychain: open it again with File → New connection. (%2)</source>
        <translation>Niciun token pentru %1 în depozitul de chei: deschideți-l din nou cu Fișier → Conexiune nouă. (%2)</translation>
    </message>
    <message>
        <source>Welcome to Breakwater</source>
        <translation>Bun venit în Breakwater</translation>
    </message>
    <message>
        <source>No connection is set up yet. Open the demo (a local simulated back end), or connect to a back end of yours?</source>
        <translation>Nu este configurată încă nicio conexiune. Deschideți demo-ul (un back-end simulat local) sau vă conectați la un back-end propriu?</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Deschide &amp;demo-ul</translation>
    </message>
    <message>
        <source>&amp;New connection...</source>
        <translation>Conexiune &amp;nouă...</translation>
    </message>
    <message>
        <source>The demo is already running.</source>
        <translation>Demo-ul rulează deja.</translation>
    </message>
    <message>
        <source>Starting the demo server...</source>
        <translation>Se pornește serverul demo...</translation>
    </message>
    <message>
        <source>Demo server listening on %1</source>
        <translation>Serverul demo ascultă pe %1</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Could not save the profile %1.</source>
        <translation>Profilul %1 nu a putut fi salvat.</translation>
    </message>
    <message>
        <source>The token of %1 is kept for this session only: %2</source>
        <translation>Tokenul pentru %1 este păstrat doar pentru această sesiune: %2</translation>
    </message>
</context>
<context>
    <name>ConsoleSnapshotOpener</name>
    <message>
        <source>Opening the snapshot %1…</source>
        <translation>Se deschide instantaneul %1…</translation>
    </message>
    <message>
        <source>Cannot open the snapshot %1: %2</source>
        <translation>Instantaneul %1 nu poate fi deschis: %2</translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation>Deschide instantaneu</translation>
    </message>
    <message>
        <source>Opened the snapshot %1.</source>
        <translation>Instantaneul %1 a fost deschis.</translation>
    </message>
</context>
<context>
    <name>DataAge</name>
    <message>
        <source>back end unreachable, nothing loaded yet</source>
        <translation>back-end inaccesibil, nimic încărcat încă</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>neîncărcat încă</translation>
    </message>
    <message>
        <source>back end unreachable, data from %1 ago</source>
        <translation>back-end inaccesibil, date de acum %1</translation>
    </message>
    <message>
        <source>updated %1 ago</source>
        <translation>actualizat acum %1</translation>
    </message>
</context>
<context>
    <name>DeadLetterBulkActions</name>
    <message>
        <source>Retry selected…</source>
        <translation>Reîncearcă selecția…</translation>
    </message>
    <message>
        <source>Delete selected…</source>
        <translation>Șterge selecția…</translation>
    </message>
    <message>
        <source>Retry all matching…</source>
        <translation>Reîncearcă toate potrivirile…</translation>
    </message>
    <message>
        <source>Delete all matching…</source>
        <translation>Șterge toate potrivirile…</translation>
    </message>
    <message>
        <source>Purge source…</source>
        <translation>Golește sursa…</translation>
    </message>
    <message>
        <source>Retry this group…</source>
        <translation>Reîncearcă acest grup…</translation>
    </message>
    <message>
        <source>Delete this group…</source>
        <translation>Șterge acest grup…</translation>
    </message>
    <message>
        <source>Retry the selected dead letters, after a dry run</source>
        <translation>Reîncearcă mesajele nelivrate selectate, după o simulare</translation>
    </message>
    <message>
        <source>Delete the selected dead letters, after a dry run</source>
        <translation>Șterge mesajele nelivrate selectate, după o simulare</translation>
    </message>
    <message>
        <source>Retry every dead letter matching the search, as counted by a dry run</source>
        <translation>Reîncearcă toate mesajele nelivrate care corespund căutării, numărate printr-o simulare</translation>
    </message>
    <message>
        <source>Delete every dead letter matching the search, as counted by a dry run</source>
        <translation>Șterge toate mesajele nelivrate care corespund căutării, numărate printr-o simulare</translation>
    </message>
    <message>
        <source>Delete every dead letter of the current letter&apos;s source (administrators)</source>
        <translation>Șterge toate mesajele nelivrate din sursa mesajului curent (administratori)</translation>
    </message>
    <message>
        <source>Retry every dead letter of the selected group</source>
        <translation>Reîncearcă toate mesajele nelivrate din grupul selectat</translation>
    </message>
    <message>
        <source>Delete every dead letter of the selected group</source>
        <translation>Șterge toate mesajele nelivrate din grupul selectat</translation>
    </message>
    <message numerus="yes">
        <source>%n selected dead letter(s)</source>
        <translation>
            <numerusform>%n mesaj nelivrat selectat</numerusform>
            <numerusform>%n mesaje nelivrate selectate</numerusform>
            <numerusform>%n de mesaje nelivrate selectate</numerusform>
        </translation>
    </message>
    <message>
        <source>every dead letter</source>
        <translation>toate mesajele nelivrate</translation>
    </message>
    <message>
        <source>dead letters matching “%1”</source>
        <translation>mesaje nelivrate care corespund cu „%1”</translation>
    </message>
    <message>
        <source>every dead letter of source %1</source>
        <translation>toate mesajele nelivrate din sursa %1</translation>
    </message>
    <message>
        <source>the dead letters of group “%1”</source>
        <translation>mesajele nelivrate din grupul „%1”</translation>
    </message>
    <message>
        <source>No back end is open.</source>
        <translation>Niciun back-end nu este deschis.</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Indisponibil: %1</translation>
    </message>
    <message>
        <source>Select dead letters first (Ctrl+click, Shift+click).</source>
        <translation>Selectați mai întâi mesaje nelivrate (Ctrl+clic, Shift+clic).</translation>
    </message>
    <message>
        <source>Select a group in the side panel first.</source>
        <translation>Selectați mai întâi un grup în panoul lateral.</translation>
    </message>
    <message>
        <source>Fix the search first: the server refused it.</source>
        <translation>Corectați mai întâi căutarea: serverul a refuzat-o.</translation>
    </message>
    <message>
        <source>Move selected to queue…</source>
        <translation>Mută selecția în coada…</translation>
    </message>
    <message>
        <source>Move all matching to queue…</source>
        <translation>Mută toate potrivirile în coada…</translation>
    </message>
    <message>
        <source>Move the selected dead letters to a queue you name, after a dry run</source>
        <translation>Mută mesajele nelivrate selectate într-o coadă pe care o numiți, după o simulare</translation>
    </message>
    <message>
        <source>Move every dead letter matching the search to a queue you name, as counted by a dry run</source>
        <translation>Mută fiecare mesaj nelivrat care corespunde căutării într-o coadă pe care o numiți, după numărarea dintr-o simulare</translation>
    </message>
    <message>
        <source>This back end cannot move dead letters to another queue.</source>
        <translation>Acest back-end nu poate muta mesaje nelivrate în altă coadă.</translation>
    </message>
    <message>
        <source>Select a dead letter of the source to purge; purging needs an administrator.</source>
        <translation>Selectați un mesaj nelivrat din sursa de golit; golirea necesită un administrator.</translation>
    </message>
</context>
<context>
    <name>DeadLetterDetailPane</name>
    <message>
        <source>Error class:</source>
        <translation>Clasa erorii:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Mesaj:</translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation>Stare HTTP:</translation>
    </message>
    <message>
        <source>Vendor code:</source>
        <translation>Cod furnizor:</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Încercări:</translation>
    </message>
    <message>
        <source>First failure:</source>
        <translation>Primul eșec:</translation>
    </message>
    <message>
        <source>Last failure:</source>
        <translation>Ultimul eșec:</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Destinație:</translation>
    </message>
    <message>
        <source>Message id:</source>
        <translation>ID mesaj:</translation>
    </message>
    <message>
        <source>Request id:</source>
        <translation>ID cerere:</translation>
    </message>
    <message>
        <source>Copy payload</source>
        <translation>Copiază conținutul</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Antet</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Conținut</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Antete</translation>
    </message>
    <message>
        <source>Stack trace</source>
        <translation>Stivă de apeluri</translation>
    </message>
    <message>
        <source>Select a dead letter to read it.</source>
        <translation>Selectați un mesaj nelivrat pentru a-l citi.</translation>
    </message>
    <message>
        <source>Dead letter %1 from %2 (%3)</source>
        <translation>Mesajul nelivrat %1 de la %2 (%3)</translation>
    </message>
    <message>
        <source>no HTTP answer</source>
        <translation>niciun răspuns HTTP</translation>
    </message>
    <message>
        <source>Edited payload</source>
        <translation>Conținut editat</translation>
    </message>
    <message>
        <source>x-death history</source>
        <translation>Istoric x-death</translation>
    </message>
    <message>
        <source>Peeked through the RabbitMQ management API, which is meant for diagnostics: the peek requeued this message and set its redelivered flag.</source>
        <translation>Citit printr-o privire prin API-ul de administrare RabbitMQ, destinat diagnosticării: privirea a repus mesajul în coadă și i-a setat indicatorul redelivered.</translation>
    </message>
</context>
<context>
    <name>DeadLetterGroupModel</name>
    <message>
        <source>First seen %1</source>
        <translation>Văzut prima dată %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>Error class</source>
        <translation>Clasa erorii</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Văzut ultima dată</translation>
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
        <translation>Ultimul eșec</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Eroare</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Încercări</translation>
    </message>
    <message>
        <source>First failure</source>
        <translation>Primul eșec</translation>
    </message>
</context>
<context>
    <name>DeadLetterQuery</name>
    <message>
        <source>unknown key &quot;%1&quot; at %2; keys are source, error, status, vendor, group, id, since, from, to</source>
        <translation>cheie necunoscută „%1” la %2; cheile sunt source, error, status, vendor, group, id, since, from, to</translation>
    </message>
    <message>
        <source>missing closing quote (&quot;) for the text starting at %1</source>
        <translation>lipsește ghilimeaua de închidere (&quot;) pentru textul care începe la %1</translation>
    </message>
    <message>
        <source>%1: needs a value, as in %1:something</source>
        <translation>%1: necesită o valoare, ca în %1:ceva</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an HTTP status like 503</source>
        <translation>%1: „%2” nu este o stare HTTP precum 503</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a dead-letter id like 1234</source>
        <translation>%1: „%2” nu este un ID de mesaj nelivrat precum 1234</translation>
    </message>
    <message>
        <source>-%1:%2 cannot be negated; use from: and to: for a time range</source>
        <translation>-%1:%2 nu poate fi negat; folosiți from: și to: pentru un interval de timp</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a duration like 15m, 2h or 7d</source>
        <translation>%1: „%2” nu este o durată precum 15m, 2h sau 7d</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time like 2027-01-15T08:00:00Z</source>
        <translation>%1: „%2” nu este un moment precum 2027-01-15T08:00:00Z</translation>
    </message>
</context>
<context>
    <name>DeadLettersView</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reîncearcă</translation>
    </message>
    <message>
        <source>&amp;Edit and retry…</source>
        <translation>&amp;Editează și reîncearcă…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ș&amp;terge</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Caută</translation>
    </message>
    <message>
        <source>Search, e.g. %1</source>
        <translation>Căutare, de ex. %1</translation>
    </message>
    <message>
        <source>Keys: source, error, status, vendor, group, id, since (90s, 15m, 2h, 7d), from, to (ISO 8601). Repeat a key for OR, prefix -key: to exclude; bare words and &quot;quoted phrases&quot; must all occur.</source>
        <translation>Chei: source, error, status, vendor, group, id, since (90s, 15m, 2h, 7d), from, to (ISO 8601). Repetați o cheie pentru SAU, prefixați cu -cheie: pentru a exclude; cuvintele simple și „expresiile între ghilimele” trebuie să apară toate.</translation>
    </message>
    <message>
        <source>Loading dead letters…</source>
        <translation>Se încarcă mesajele nelivrate…</translation>
    </message>
    <message>
        <source>Dead letters by cause. Click a group to show its letters.</source>
        <translation>Mesaje nelivrate după cauză. Faceți clic pe un grup pentru a-i vedea mesajele.</translation>
    </message>
    <message>
        <source>All dead letters</source>
        <translation>Toate mesajele nelivrate</translation>
    </message>
    <message>
        <source>Groups by cause</source>
        <translation>Grupuri după cauză</translation>
    </message>
    <message>
        <source>Select a dead letter to read it.</source>
        <translation>Selectați un mesaj nelivrat pentru a-l citi.</translation>
    </message>
    <message>
        <source>Loading dead letter %1…</source>
        <translation>Se încarcă mesajul nelivrat %1…</translation>
    </message>
    <message>
        <source>Could not load dead letter %1: %2</source>
        <translation>Mesajul nelivrat %1 nu a putut fi încărcat: %2</translation>
    </message>
    <message>
        <source>No back end is open.</source>
        <translation>Niciun back-end nu este deschis.</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Indisponibil: %1</translation>
    </message>
    <message>
        <source>Select a dead letter first.</source>
        <translation>Selectați mai întâi un mesaj nelivrat.</translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s)</source>
        <translation>
            <numerusform>%n mesaj nelivrat</numerusform>
            <numerusform>%n mesaje nelivrate</numerusform>
            <numerusform>%n de mesaje nelivrate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s) loaded, more on scroll</source>
        <translation>
            <numerusform>%n mesaj nelivrat încărcat, mai multe la derulare</numerusform>
            <numerusform>%n mesaje nelivrate încărcate, mai multe la derulare</numerusform>
            <numerusform>%n de mesaje nelivrate încărcate, mai multe la derulare</numerusform>
        </translation>
    </message>
    <message>
        <source>dead letter %1</source>
        <translation>mesajul nelivrat %1</translation>
    </message>
    <message>
        <source>Retry dead letter</source>
        <translation>Reîncearcă mesajul nelivrat</translation>
    </message>
    <message>
        <source>Retry dead letter with an edited payload</source>
        <translation>Reîncearcă mesajul nelivrat cu un conținut editat</translation>
    </message>
    <message>
        <source>Delete dead letter</source>
        <translation>Șterge mesajul nelivrat</translation>
    </message>
    <message>
        <source>Retrying dead letter %1 failed: %2</source>
        <translation>Reîncercarea mesajului nelivrat %1 a eșuat: %2</translation>
    </message>
    <message>
        <source>Dead letter %1 was delivered with the edited payload and left the queue.</source>
        <translation>Mesajul nelivrat %1 a fost livrat cu conținutul editat și a părăsit coada.</translation>
    </message>
    <message>
        <source>Dead letter %1 was delivered and left the queue.</source>
        <translation>Mesajul nelivrat %1 a fost livrat și a părăsit coada.</translation>
    </message>
    <message>
        <source>Dead letter %1 failed again: %2</source>
        <translation>Mesajul nelivrat %1 a eșuat din nou: %2</translation>
    </message>
    <message>
        <source>Deleting dead letter %1 failed: %2</source>
        <translation>Ștergerea mesajului nelivrat %1 a eșuat: %2</translation>
    </message>
    <message>
        <source>Dead letter %1 was deleted.</source>
        <translation>Mesajul nelivrat %1 a fost șters.</translation>
    </message>
    <message>
        <source>RabbitMQ: the list is a peek at the head of each dead-letter queue through the management API, which is meant for diagnostics. A peek requeues the messages it read and sets their redelivered flag.</source>
        <translation>RabbitMQ: lista este o privire la începutul fiecărei cozi de mesaje nelivrate prin API-ul de administrare, destinat diagnosticării. O privire repune în coadă mesajele citite și le setează indicatorul redelivered.</translation>
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
        <translation>%1 z %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 z</translation>
    </message>
</context>
<context>
    <name>EditAndRetryDialog</name>
    <message>
        <source>Edit and retry dead letter %1</source>
        <translation>Editează și reîncearcă mesajul nelivrat %1</translation>
    </message>
    <message>
        <source>Retry with this payload…</source>
        <translation>Reîncearcă cu acest conținut…</translation>
    </message>
    <message>
        <source>The server keeps the original payload; the edited one is what will be delivered.</source>
        <translation>Serverul păstrează conținutul original; cel editat este cel care va fi livrat.</translation>
    </message>
    <message>
        <source>Changes against the original:</source>
        <translation>Modificări față de original:</translation>
    </message>
    <message>
        <source>The payload is unchanged: edit it, or use Retry instead.</source>
        <translation>Conținutul este neschimbat: editați-l sau folosiți Reîncearcă.</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>JSON valid.</translation>
    </message>
    <message>
        <source>The original is not JSON; the text is sent as typed.</source>
        <translation>Originalul nu este JSON; textul este trimis așa cum a fost tastat.</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>Development</source>
        <translation>Dezvoltare</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Pre-producție</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producție</translation>
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
        <translation>serverul nu a finalizat negocierea</translation>
    </message>
    <message>
        <source>no answer to pings for %1 s</source>
        <translation>niciun răspuns la ping de %1 s</translation>
    </message>
    <message>
        <source>Event stream lost (%1); reconnecting in %2 s</source>
        <translation>Fluxul de evenimente s-a pierdut (%1); reconectare în %2 s</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Răsfoiește…</translation>
    </message>
    <message>
        <source>Card &amp;numbers (13-19 digits passing the Luhn check)</source>
        <translation>&amp;Numere de card (13-19 cifre care trec verificarea Luhn)</translation>
    </message>
    <message>
        <source>&amp;Bearer tokens</source>
        <translation>Tokenuri &amp;Bearer</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Restabilește valorile &amp;implicite</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportă raportul</translation>
    </message>
    <message>
        <source>Save snapshot</source>
        <translation>Salvează instantaneul</translation>
    </message>
    <message>
        <source>An incident report of %1: summary, charts, breakers, syncs, dead letters grouped by cause and the operator actions of the range.</source>
        <translation>Un raport de incident pentru %1: rezumat, grafice, întrerupătoare, sincronizări, mesaje nelivrate grupate după cauză și acțiunile operatorilor din interval.</translation>
    </message>
    <message>
        <source>One file with everything a report of %1 needs for the range. It opens later with File → Open snapshot, with no access to the back end.</source>
        <translation>Un singur fișier cu tot ce are nevoie un raport pentru %1 în interval. Se deschide ulterior cu Fișier → Deschide instantaneu, fără acces la back-end.</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Ultima oră</translation>
    </message>
    <message numerus="yes">
        <source>Last %n hour(s)</source>
        <translation>
            <numerusform>Ultima %n oră</numerusform>
            <numerusform>Ultimele %n ore</numerusform>
            <numerusform>Ultimele %n de ore</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizat</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <source>to</source>
        <translation>până la</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Interval:</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (un singur fișier autonom)</translation>
    </message>
    <message>
        <source>CSV (one file per table, zipped)</source>
        <translation>CSV (un fișier per tabel, arhivat zip)</translation>
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
        <translation>&amp;Salvează în:</translation>
    </message>
    <message>
        <source>Redaction: hidden before anything is written</source>
        <translation>Anonimizare: ascuns înainte de a se scrie ceva</translation>
    </message>
    <message>
        <source>One name a line. JSON keys at any depth, header names and name=value pairs with these names are masked. Case does not matter.</source>
        <translation>Un nume pe linie. Cheile JSON de orice adâncime, numele de antete și perechile nume=valoare cu aceste nume sunt mascate. Literele mari sau mici nu contează.</translation>
    </message>
    <message>
        <source>One regular expression a line; every match in payloads, headers, messages and stacks is masked.</source>
        <translation>O expresie regulată pe linie; fiecare potrivire din conținut, antete, mesaje și stive este mascată.</translation>
    </message>
    <message>
        <source>Field &amp;names:</source>
        <translation>&amp;Nume de câmpuri:</translation>
    </message>
    <message>
        <source>&amp;Patterns:</source>
        <translation>&amp;Tipare:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportă</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvează</translation>
    </message>
    <message>
        <source>Export report to</source>
        <translation>Exportă raportul în</translation>
    </message>
    <message>
        <source>Save snapshot as</source>
        <translation>Salvează instantaneul ca</translation>
    </message>
    <message>
        <source>Breakwater snapshots (*.%1)</source>
        <translation>Instantanee Breakwater (*.%1)</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fișiere %1 (*.%2)</translation>
    </message>
    <message>
        <source>The back end is closed.</source>
        <translation>Back-endul este închis.</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>Intervalul se termină înainte să înceapă.</translation>
    </message>
    <message>
        <source>Choose where to save it.</source>
        <translation>Alegeți unde să fie salvat.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Dosarul %1 nu există.</translation>
    </message>
    <message>
        <source>Redaction pattern: %1</source>
        <translation>Tipar de anonimizare: %1</translation>
    </message>
    <message>
        <source>Collecting…</source>
        <translation>Se colectează…</translation>
    </message>
    <message>
        <source>Writing the snapshot…</source>
        <translation>Se scrie instantaneul…</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Se generează…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Anulat: nu s-a scris nimic.</translation>
    </message>
    <message>
        <source>The report is written to %1.</source>
        <translation>Raportul a fost scris în %1.</translation>
    </message>
    <message>
        <source>The snapshot is saved to %1.</source>
        <translation>Instantaneul a fost salvat în %1.</translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation>Deschide &amp;fișierul</translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>Deschide &amp;dosarul</translation>
    </message>
</context>
<context>
    <name>JsonLimits</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octeți</translation>
    </message>
    <message>
        <source>body of %1 exceeds the %2 limit</source>
        <translation>corpul de %1 depășește limita de %2</translation>
    </message>
    <message>
        <source>JSON nesting deeper than %1 levels</source>
        <translation>imbricare JSON mai adâncă de %1 niveluri</translation>
    </message>
    <message>
        <source>malformed JSON at offset %1: %2</source>
        <translation>JSON incorect la poziția %1: %2</translation>
    </message>
</context>
<context>
    <name>JsonPayloadCheck</name>
    <message>
        <source>Not valid JSON at line %1, column %2: %3</source>
        <translation>JSON invalid la linia %1, coloana %2: %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Disconnected</source>
        <translation>Deconectat</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Se conectează</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectat</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Inaccesibil</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refuzat</translation>
    </message>
    <message>
        <source>Breakwater</source>
        <translation>Breakwater</translation>
    </message>
    <message>
        <source>&amp;Back end:</source>
        <translation>&amp;Back-end:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>&amp;New connection...</source>
        <translation>Conexiune &amp;nouă...</translation>
    </message>
    <message>
        <source>Open &amp;demo</source>
        <translation>Deschide &amp;demo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ieșire</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vizualizare</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Reî&amp;mprospătează</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Caută</translation>
    </message>
    <message>
        <source>Re&amp;try / reset selection</source>
        <translation>Re&amp;încearcă / resetează selecția</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Acțiuni</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;jutor</translation>
    </message>
    <message>
        <source>&amp;About Breakwater</source>
        <translation>&amp;Despre Breakwater</translation>
    </message>
    <message>
        <source>About Breakwater</source>
        <translation>Despre Breakwater</translation>
    </message>
    <message>
        <source>&lt;b&gt;Breakwater&lt;/b&gt;&lt;br&gt;An operations console for integration back ends: syncs, dead letters, circuit breakers, metrics and an audit log of every operator action.</source>
        <translation>&lt;b&gt;Breakwater&lt;/b&gt;&lt;br&gt;O consolă de operare pentru back-endurile de integrare: sincronizări, mesaje nelivrate, întrerupătoare de circuit, metrici și un jurnal de audit al fiecărei acțiuni a operatorului.</translation>
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
        <translation>Niciun back-end deschis</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No actions in this area</source>
        <translation>Nicio acțiune în această zonă</translation>
    </message>
    <message>
        <source>Refreshing...</source>
        <translation>Se reîmprospătează...</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editare</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Preferințe...</translation>
    </message>
</context>
<context>
    <name>MetricChart</name>
    <message>
        <source>per second</source>
        <translation>pe secundă</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secunde</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>mesaje</translation>
    </message>
    <message>
        <source>items per second</source>
        <translation>elemente pe secundă</translation>
    </message>
    <message>
        <source>state</source>
        <translation>stare</translation>
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
        <translation>Export</translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation>Grafic ca PNG…</translation>
    </message>
    <message>
        <source>Chart as SVG…</source>
        <translation>Grafic ca SVG…</translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation>Date ca CSV…</translation>
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
        <translation>nicio valoare</translation>
    </message>
    <message>
        <source>could not write the image</source>
        <translation>imaginea nu a putut fi scrisă</translation>
    </message>
    <message>
        <source>Breakwater chart, %1 to %2</source>
        <translation>Grafic Breakwater, de la %1 la %2</translation>
    </message>
    <message>
        <source>could not write the drawing</source>
        <translation>desenul nu a putut fi scris</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>nicio dată</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportă %1</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagini PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Desene SVG (*.svg)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fișiere CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 a fost exportat în %2.</translation>
    </message>
    <message>
        <source>Could not export %1 to %2: %3</source>
        <translation>%1 nu a putut fi exportat în %2: %3</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>mesaje</translation>
    </message>
    <message>
        <source>messages per second</source>
        <translation>mesaje pe secundă</translation>
    </message>
</context>
<context>
    <name>MetricsStore</name>
    <message>
        <source>(unlabelled)</source>
        <translation>(fără etichetă)</translation>
    </message>
    <message>
        <source>%1 requests/s</source>
        <translation>%1 cereri/s</translation>
    </message>
    <message>
        <source>%1 errors/s</source>
        <translation>%1 erori/s</translation>
    </message>
    <message>
        <source>%1 %2 latency (s)</source>
        <translation>%1 latență %2 (s)</translation>
    </message>
    <message>
        <source>%1 dead letters</source>
        <translation>%1 mesaje nelivrate</translation>
    </message>
    <message>
        <source>%1 items/s</source>
        <translation>%1 elemente/s</translation>
    </message>
    <message>
        <source>%1 breaker state</source>
        <translation>starea întrerupătorului %1</translation>
    </message>
    <message>
        <source>%1 queue depth</source>
        <translation>mesaje în coada %1</translation>
    </message>
    <message>
        <source>%1 %2 messages/s</source>
        <translation>%1 %2 mesaje/s</translation>
    </message>
</context>
<context>
    <name>MetricsView</name>
    <message>
        <source>Last 5 minutes</source>
        <translation>Ultimele 5 minute</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Ultimele 15 minute</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Ultima oră</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauză</translation>
    </message>
    <message>
        <source>Freeze the charts; scrapes continue in the background.</source>
        <translation>Îngheață graficele; colectarea continuă în fundal.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reia</translation>
    </message>
    <message>
        <source>Request rate</source>
        <translation>Rata cererilor</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Rata erorilor</translation>
    </message>
    <message>
        <source>Latency (p50, p95, p99)</source>
        <translation>Latență (p50, p95, p99)</translation>
    </message>
    <message>
        <source>Dead-letter depth</source>
        <translation>Mesaje nelivrate în coadă</translation>
    </message>
    <message>
        <source>Sync throughput</source>
        <translation>Debitul sincronizărilor</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Fereastră:</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>în pauză</translation>
    </message>
    <message>
        <source>paused; %1</source>
        <translation>în pauză; %1</translation>
    </message>
    <message>
        <source>The back end reports more series than the console keeps; some are not shown.</source>
        <translation>Back-endul raportează mai multe serii decât păstrează consola; unele nu sunt afișate.</translation>
    </message>
    <message>
        <source>Breaker states</source>
        <translation>Stările întrerupătoarelor</translation>
    </message>
    <message>
        <source>Queue depth</source>
        <translation>Mesaje în coadă</translation>
    </message>
    <message>
        <source>Queue rates (publish, deliver, ack)</source>
        <translation>Ritmul cozilor (publicare, livrare, confirmare)</translation>
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
        <translation>OFFLINE — instantaneu al %1, %2</translation>
    </message>
    <message>
        <source>%1: offline, taken %2</source>
        <translation>%1: offline, realizat %2</translation>
    </message>
</context>
<context>
    <name>OperationListProxy</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 în %2</translation>
    </message>
</context>
<context>
    <name>OperationModel</name>
    <message>
        <source>Retry</source>
        <translation>Reîncercare</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ștergere</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Golire</translation>
    </message>
    <message>
        <source>Reset breakers</source>
        <translation>Resetare întrerupătoare</translation>
    </message>
    <message>
        <source>Cancel syncs</source>
        <translation>Anulare sincronizări</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>În așteptare</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>În curs</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>În pauză</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Reușită</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Eșuată</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulată</translation>
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
        <translation>necunoscut</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operațiune</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progres</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ritm</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Timp rămas</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erori</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creat</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mutare</translation>
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
        <translation>%1 elemente/s</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>necunoscut</translation>
    </message>
    <message numerus="yes">
        <source>Retry %1 dead letter(s)</source>
        <translation>
            <numerusform>Reîncearcă %1 mesaj nelivrat</numerusform>
            <numerusform>Reîncearcă %1 mesaje nelivrate</numerusform>
            <numerusform>Reîncearcă %1 de mesaje nelivrate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 dead letter(s)</source>
        <translation>
            <numerusform>Șterge %1 mesaj nelivrat</numerusform>
            <numerusform>Șterge %1 mesaje nelivrate</numerusform>
            <numerusform>Șterge %1 de mesaje nelivrate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purge %1 dead letter(s)</source>
        <translation>
            <numerusform>Golește %1 mesaj nelivrat</numerusform>
            <numerusform>Golește %1 mesaje nelivrate</numerusform>
            <numerusform>Golește %1 de mesaje nelivrate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %1 breaker(s)</source>
        <translation>
            <numerusform>Resetează %1 întrerupător</numerusform>
            <numerusform>Resetează %1 întrerupătoare</numerusform>
            <numerusform>Resetează %1 de întrerupătoare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %1 sync job(s)</source>
        <translation>
            <numerusform>Anulează %1 sincronizare</numerusform>
            <numerusform>Anulează %1 sincronizări</numerusform>
            <numerusform>Anulează %1 de sincronizări</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>niciunul</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %1 dead letter(s)</source>
        <translation>
            <numerusform>Mută %1 mesaj nelivrat</numerusform>
            <numerusform>Mută %1 mesaje nelivrate</numerusform>
            <numerusform>Mută %1 de mesaje nelivrate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %1 dead letter(s) to %2</source>
        <translation>
            <numerusform>Mută %1 mesaj nelivrat în %2</numerusform>
            <numerusform>Mută %1 mesaje nelivrate în %2</numerusform>
            <numerusform>Mută %1 de mesaje nelivrate în %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperationsView</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pauză</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Re&amp;ia</translation>
    </message>
    <message>
        <source>&amp;Cancel operation…</source>
        <translation>&amp;Anulează operațiunea…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Show progress or result…</source>
        <translation>&amp;Arată progresul sau rezultatul…</translation>
    </message>
    <message>
        <source>No bulk operations on this back end yet. Start one from the Dead letters, Breakers or Syncs area.</source>
        <translation>Nicio operațiune în masă pe acest back-end deocamdată. Porniți una din zona Mesaje nelivrate, Întrerupătoare sau Sincronizări.</translation>
    </message>
    <message>
        <source>Select an operation to see its details.</source>
        <translation>Selectați o operațiune pentru a-i vedea detaliile.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 din %2</translation>
    </message>
    <message>
        <source>dead letters matching “%1” up to id %2</source>
        <translation>mesaje nelivrate care corespund cu „%1” până la ID-ul %2</translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s) by id</source>
        <translation>
            <numerusform>%n mesaj nelivrat după ID</numerusform>
            <numerusform>%n mesaje nelivrate după ID</numerusform>
            <numerusform>%n de mesaje nelivrate după ID</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation>toate</translation>
    </message>
    <message>
        <source>Operation %1: %2</source>
        <translation>Operațiunea %1: %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Stare: %1</translation>
    </message>
    <message>
        <source>Selection: %1</source>
        <translation>Selecție: %1</translation>
    </message>
    <message>
        <source>Done: %1 of %2 (%3 succeeded, %4 failed, %5 skipped)</source>
        <translation>Finalizate: %1 din %2 (%3 reușite, %4 eșuate, %5 omise)</translation>
    </message>
    <message>
        <source>Rate: %1; time left: %2</source>
        <translation>Ritm: %1; timp rămas: %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motiv: %1</translation>
    </message>
    <message>
        <source>Started by: %1</source>
        <translation>Pornită de: %1</translation>
    </message>
    <message>
        <source>Created: %1; started: %2; finished: %3</source>
        <translation>Creată: %1; pornită: %2; terminată: %3</translation>
    </message>
    <message>
        <source>Reconciliation: %1</source>
        <translation>Reconciliere: %1</translation>
    </message>
    <message>
        <source>Skipped because: %1</source>
        <translation>Omise pentru că: %1</translation>
    </message>
    <message>
        <source>No back end is open.</source>
        <translation>Niciun back-end nu este deschis.</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Indisponibil: %1</translation>
    </message>
    <message>
        <source>Select an operation first</source>
        <translation>Selectați mai întâi o operațiune</translation>
    </message>
</context>
<context>
    <name>OpsApiBackend</name>
    <message>
        <source>Checking %1</source>
        <translation>Se verifică %1</translation>
    </message>
    <message>
        <source>%1 speaks Ops API version %2; this console speaks version 1</source>
        <translation>%1 vorbește Ops API versiunea %2; această consolă vorbește versiunea 1</translation>
    </message>
    <message>
        <source>%1 %2, signed in as %3</source>
        <translation>%1 %2, autentificat ca %3</translation>
    </message>
</context>
<context>
    <name>OverviewCard</name>
    <message>
        <source>Request rate</source>
        <translation>Rata cererilor</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Rata erorilor</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Mesaje nelivrate</translation>
    </message>
    <message>
        <source>Open breakers</source>
        <translation>Întrerupătoare deschise</translation>
    </message>
    <message>
        <source>Running syncs</source>
        <translation>Sincronizări în curs</translation>
    </message>
    <message>
        <source>Last events</source>
        <translation>Ultimele evenimente</translation>
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
        <translation>Conectat</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Neconectat</translation>
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
            <numerusform>%n deschis din %1</numerusform>
            <numerusform>%n deschise din %1</numerusform>
            <numerusform>%n de deschise din %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n în curs</numerusform>
            <numerusform>%n în curs</numerusform>
            <numerusform>%n în curs</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline snapshot: nothing here is live.</source>
        <translation>Instantaneu offline: nimic de aici nu este în timp real.</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Cozi</translation>
    </message>
    <message>
        <source>Queued messages</source>
        <translation>Mesaje în cozi</translation>
    </message>
    <message>
        <source>Dead-lettered</source>
        <translation>Nelivrate</translation>
    </message>
    <message>
        <source>Publish / deliver / ack</source>
        <translation>Publicare / livrare / confirmare</translation>
    </message>
    <message>
        <source>Messages in all queues, dead-letter queues included. Opens Metrics.</source>
        <translation>Mesajele din toate cozile, inclusiv cozile de mesaje nelivrate. Deschide Metrici.</translation>
    </message>
    <message>
        <source>Messages in the dead-letter queues. Opens Metrics.</source>
        <translation>Mesajele din cozile de mesaje nelivrate. Deschide Metrici.</translation>
    </message>
    <message>
        <source>Messages per second summed over all queues, as the broker measures them. Opens Metrics.</source>
        <translation>Mesaje pe secundă însumate pe toate cozile, așa cum le măsoară brokerul. Deschide Metrici.</translation>
    </message>
    <message>
        <source>%1 / %2 / %3 per second</source>
        <translation>%1 / %2 / %3 pe secundă</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>No back end is open. Use File → New connection or File → Open demo.</source>
        <translation>Niciun back-end nu este deschis. Folosiți Fișier → Conexiune nouă sau Fișier → Deschide demo.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferințe</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Limba:</translation>
    </message>
    <message>
        <source>The language of menus, views, dialogs and reports. Dates and numbers follow it too.</source>
        <translation>Limba meniurilor, vizualizărilor, dialogurilor și rapoartelor. Datele și numerele o urmează și ele.</translation>
    </message>
    <message>
        <source>Applies at once to every open window; the command line&apos;s --lang overrides it for one run.</source>
        <translation>Se aplică imediat tuturor ferestrelor deschise; opțiunea --lang din linia de comandă o înlocuiește pentru o rulare.</translation>
    </message>
</context>
<context>
    <name>PrometheusText</name>
    <message>
        <source>end of line</source>
        <translation>sfârșit de linie</translation>
    </message>
    <message>
        <source>byte 0x%1</source>
        <translation>octetul 0x%1</translation>
    </message>
    <message>
        <source>expected a metric name after &quot;# %1&quot;, found %2</source>
        <translation>se aștepta un nume de metrică după „# %1”, s-a găsit %2</translation>
    </message>
    <message>
        <source>second HELP line for &quot;%1&quot;</source>
        <translation>a doua linie HELP pentru „%1”</translation>
    </message>
    <message>
        <source>expected a metric type after &quot;%1&quot;</source>
        <translation>se aștepta un tip de metrică după „%1”</translation>
    </message>
    <message>
        <source>unknown metric type &quot;%1&quot; for &quot;%2&quot;</source>
        <translation>tip de metrică necunoscut „%1” pentru „%2”</translation>
    </message>
    <message>
        <source>unexpected text &quot;%1&quot; after the type of &quot;%2&quot;</source>
        <translation>text neașteptat „%1” după tipul lui „%2”</translation>
    </message>
    <message>
        <source>second TYPE line for &quot;%1&quot;</source>
        <translation>a doua linie TYPE pentru „%1”</translation>
    </message>
    <message>
        <source>TYPE line for &quot;%1&quot; after its samples</source>
        <translation>linie TYPE pentru „%1” după eșantioanele sale</translation>
    </message>
    <message>
        <source>expected a metric name, found %1</source>
        <translation>se aștepta un nume de metrică, s-a găsit %1</translation>
    </message>
    <message>
        <source>unexpected %1 in metric name &quot;%2&quot;</source>
        <translation>%1 neașteptat în numele de metrică „%2”</translation>
    </message>
    <message>
        <source>expected a value after &quot;%1&quot;</source>
        <translation>se aștepta o valoare după „%1”</translation>
    </message>
    <message>
        <source>invalid value &quot;%1&quot; for &quot;%2&quot;</source>
        <translation>valoare invalidă „%1” pentru „%2”</translation>
    </message>
    <message>
        <source>invalid timestamp &quot;%1&quot; for &quot;%2&quot;</source>
        <translation>marcaj temporal invalid „%1” pentru „%2”</translation>
    </message>
    <message>
        <source>unexpected text &quot;%1&quot; after the timestamp</source>
        <translation>text neașteptat „%1” după marcajul temporal</translation>
    </message>
    <message>
        <source>duplicate label name &quot;%1&quot;</source>
        <translation>nume de etichetă duplicat „%1”</translation>
    </message>
    <message>
        <source>stopped after %1 samples, the most one exposition may hold</source>
        <translation>oprit după %1 eșantioane, maximul pe care îl poate conține o expunere</translation>
    </message>
    <message>
        <source>expected a label name or &apos;}&apos;, found %1</source>
        <translation>se aștepta un nume de etichetă sau „}”, s-a găsit %1</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after label name &quot;%1&quot;</source>
        <translation>se aștepta „=” după numele de etichetă „%1”</translation>
    </message>
    <message>
        <source>expected &apos;&quot;&apos; to open the value of label &quot;%1&quot;</source>
        <translation>se aștepta „&quot;” pentru a deschide valoarea etichetei „%1”</translation>
    </message>
    <message>
        <source>unterminated value of label &quot;%1&quot;</source>
        <translation>valoare neterminată a etichetei „%1”</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after the value of label &quot;%1&quot;</source>
        <translation>se aștepta „,” sau „}” după valoarea etichetei „%1”</translation>
    </message>
    <message>
        <source>missing &quot;%1&quot; label on &quot;%2&quot;</source>
        <translation>lipsește eticheta „%1” pe „%2”</translation>
    </message>
    <message>
        <source>invalid &quot;%1&quot; value &quot;%2&quot; on &quot;%3&quot;</source>
        <translation>valoare „%1” invalidă „%2” pe „%3”</translation>
    </message>
    <message>
        <source>the exposition is %1 bytes, more than the limit of %2 bytes</source>
        <translation>expunerea are %1 octeți, peste limita de %2 octeți</translation>
    </message>
</context>
<context>
    <name>RabbitManagementClient</name>
    <message>
        <source>RabbitMQ refused the user name or password (%1): %2</source>
        <translation>RabbitMQ a refuzat numele de utilizator sau parola (%1): %2</translation>
    </message>
    <message>
        <source>RabbitMQ refused this (%1): %2</source>
        <translation>RabbitMQ a refuzat acest lucru (%1): %2</translation>
    </message>
    <message>
        <source>Not found on %1 (404): %2</source>
        <translation>Nu există pe %1 (404): %2</translation>
    </message>
    <message>
        <source>RabbitMQ answered %1: %2</source>
        <translation>RabbitMQ a răspuns %1: %2</translation>
    </message>
    <message>
        <source>fields are missing or of the wrong type</source>
        <translation>lipsesc câmpuri sau au tipul greșit</translation>
    </message>
</context>
<context>
    <name>RabbitMqBackend</name>
    <message>
        <source>Checking %1</source>
        <translation>Se verifică %1</translation>
    </message>
    <message>
        <source>RabbitMQ %1, signed in as %2 (%3)</source>
        <translation>RabbitMQ %1, autentificat ca %2 (%3)</translation>
    </message>
    <message>
        <source>(default exchange)</source>
        <translation>(exchange implicit)</translation>
    </message>
    <message>
        <source>Dead-lettered from %1 (%2)</source>
        <translation>Devenit nelivrat din %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2 in queue %3, exchange %4, routing keys %5, %n time(s)</source>
        <translation>
            <numerusform>%1  %2 în coada %3, exchange %4, chei de rutare %5, o dată (%n)</numerusform>
            <numerusform>%1  %2 în coada %3, exchange %4, chei de rutare %5, de %n ori</numerusform>
            <numerusform>%1  %2 în coada %3, exchange %4, chei de rutare %5, de %n de ori</numerusform>
        </translation>
    </message>
    <message>
        <source>dead-letter queue</source>
        <translation>coadă de mesaje nelivrate</translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation>potrivit după nume</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>din %1</translation>
    </message>
    <message>
        <source>Dead letter %1 was not in the last peek; refresh the list.</source>
        <translation>Mesajul nelivrat %1 nu a fost în ultima privire; reîmprospătați lista.</translation>
    </message>
    <message>
        <source>%1 is a monitoring-only user on %2: it can look, not change anything.</source>
        <translation>%1 este un utilizator doar de monitorizare pe %2: poate privi, nu poate schimba nimic.</translation>
    </message>
    <message>
        <source>RabbitMQ letters are retried as they are: editing the payload is not offered.</source>
        <translation>Mesajele RabbitMQ sunt reîncercate așa cum sunt: editarea conținutului nu este disponibilă.</translation>
    </message>
    <message>
        <source>The message was not in %1 any more, or could not be routed to its origin: %2</source>
        <translation>Mesajul nu mai era în %1 sau nu a putut fi direcționat spre origine: %2</translation>
    </message>
</context>
<context>
    <name>RabbitOperations</name>
    <message>
        <source>There is no operation “%1”.</source>
        <translation>Nu există operațiunea „%1”.</translation>
    </message>
    <message>
        <source>A RabbitMQ broker has no breakers or sync jobs: only dead-letter operations (retry, delete, move, purge) run here.</source>
        <translation>Un broker RabbitMQ nu are întrerupătoare sau sincronizări: aici rulează doar operațiuni pe mesaje nelivrate (reîncercare, ștergere, mutare, golire).</translation>
    </message>
    <message>
        <source>Purging a queue needs a broker user tagged administrator; %1 is not.</source>
        <translation>Golirea unei cozi cere un utilizator al brokerului cu eticheta administrator; %1 nu o are.</translation>
    </message>
    <message>
        <source>Select dead letters by exactly one of ids or filter.</source>
        <translation>Selectați mesajele nelivrate fie după id-uri, fie după filtru (exact unul dintre ele).</translation>
    </message>
    <message>
        <source>A purge empties whole queues: select them with a filter such as source:&lt;queue&gt;.</source>
        <translation>Golirea golește cozi întregi: selectați-le cu un filtru precum source:&lt;coadă&gt;.</translation>
    </message>
    <message>
        <source>A move needs the name of the queue to move the dead letters to.</source>
        <translation>Mutarea are nevoie de numele cozii în care se mută mesajele nelivrate.</translation>
    </message>
    <message>
        <source>A reason is required: say why, it goes to the audit log.</source>
        <translation>Motivul este obligatoriu: spuneți de ce, ajunge în jurnalul de audit.</translation>
    </message>
    <message>
        <source>The reason is %1 characters long; at most %2 are kept.</source>
        <translation>Motivul are %1 caractere; se păstrează cel mult %2.</translation>
    </message>
    <message>
        <source>Dead letter %1 was not in the last peek; refresh the list and select again.</source>
        <translation>Mesajul nelivrat %1 nu a fost în ultima citire; reîmprospătați lista și selectați din nou.</translation>
    </message>
    <message>
        <source>The filter does not read: %1</source>
        <translation>Filtrul nu poate fi citit: %1</translation>
    </message>
    <message>
        <source>A purge empties whole queues: name them with source: or group: and nothing else.</source>
        <translation>Golirea golește cozi întregi: numiți-le cu source: sau group: și nimic altceva.</translation>
    </message>
    <message>
        <source>dead-letter queue %1</source>
        <translation>coada de mesaje nelivrate %1</translation>
    </message>
    <message>
        <source>The journal has no record of %1.</source>
        <translation>Jurnalul nu are nicio înregistrare pentru %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s) may have been delivered twice (a crash between confirm and journal).</source>
        <translation>
            <numerusform>%1: %n mesaj poate să fi fost livrat de două ori (o cădere între confirmare și jurnal).</numerusform>
            <numerusform>%1: %n mesaje pot să fi fost livrate de două ori (o cădere între confirmare și jurnal).</numerusform>
            <numerusform>%1: %n de mesaje pot să fi fost livrate de două ori (o cădere între confirmare și jurnal).</numerusform>
        </translation>
    </message>
    <message>
        <source>No dead-letter queue matched the selection.</source>
        <translation>Nicio coadă de mesaje nelivrate nu s-a potrivit selecției.</translation>
    </message>
    <message>
        <source>%1 is %2: a finished operation cannot be paused, resumed or cancelled.</source>
        <translation>%1 este %2: o operațiune încheiată nu poate fi întreruptă, reluată sau anulată.</translation>
    </message>
    <message>
        <source>%1 is %2; only a running operation can be paused.</source>
        <translation>%1 este %2; doar o operațiune în curs poate fi întreruptă.</translation>
    </message>
    <message>
        <source>%1 is %2; only a paused operation can be resumed.</source>
        <translation>%1 este %2; doar o operațiune întreruptă poate fi reluată.</translation>
    </message>
    <message>
        <source>On RabbitMQ only the succeeded items of an operation are listed, and only with a move journal: failed messages stay in their queue.</source>
        <translation>Pe RabbitMQ se listează doar elementele reușite ale unei operațiuni și doar cu un jurnal de mutare: mesajele eșuate rămân în coada lor.</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>mesajul %1</translation>
    </message>
    <message>
        <source>The broker refused access while working on %1 (ACCESS_REFUSED): %2</source>
        <translation>Brokerul a refuzat accesul în timpul lucrului pe %1 (ACCESS_REFUSED): %2</translation>
    </message>
    <message>
        <source>The dry run failed. %1</source>
        <translation>Simularea a eșuat. %1</translation>
    </message>
    <message>
        <source>The idempotency key “%1” was used for a different request (%2); use a new key for a new operation.</source>
        <translation>Cheia de idempotență „%1” a fost folosită pentru o altă cerere (%2); folosiți o cheie nouă pentru o operațiune nouă.</translation>
    </message>
    <message>
        <source>%1 is running in another console or tool on this machine: act on it there.</source>
        <translation>%1 rulează într-o altă consolă sau unealtă de pe acest calculator: acționați asupra ei acolo.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>The report data is damaged: %1 is missing or invalid.</source>
        <translation>Datele raportului sunt deteriorate: %1 lipsește sau este invalid.</translation>
    </message>
    <message>
        <source>This is not a Breakwater report.</source>
        <translation>Acesta nu este un raport Breakwater.</translation>
    </message>
    <message>
        <source>The report was written in format version %1; this version of Breakwater reads version %2 only.</source>
        <translation>Raportul a fost scris în versiunea de format %1; această versiune de Breakwater citește doar versiunea %2.</translation>
    </message>
    <message>
        <source>Request rate</source>
        <translation>Rata cererilor</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>cereri/s</translation>
    </message>
    <message>
        <source>Error ratio</source>
        <translation>Proporția erorilor</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Latency (all integrations)</source>
        <translation>Latență (toate integrările)</translation>
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
        <translation>Latența p95 pe integrare</translation>
    </message>
    <message>
        <source>Dead-letter depth by source</source>
        <translation>Mesaje nelivrate în coadă, pe sursă</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>mesaje</translation>
    </message>
    <message>
        <source>Open breakers</source>
        <translation>Întrerupătoare deschise</translation>
    </message>
    <message>
        <source>breakers</source>
        <translation>întrerupătoare</translation>
    </message>
    <message>
        <source>open or half-open</source>
        <translation>deschise sau semideschise</translation>
    </message>
    <message>
        <source>No data in this range</source>
        <translation>Nicio dată în acest interval</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Rezumat</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafice</translation>
    </message>
    <message>
        <source>Breaker states</source>
        <translation>Stările întrerupătoarelor</translation>
    </message>
    <message>
        <source>Breaker transitions</source>
        <translation>Tranzițiile întrerupătoarelor</translation>
    </message>
    <message>
        <source>Sync jobs</source>
        <translation>Sincronizări</translation>
    </message>
    <message>
        <source>Dead letters by cause</source>
        <translation>Mesaje nelivrate după cauză</translation>
    </message>
    <message>
        <source>Operator actions</source>
        <translation>Acțiunile operatorilor</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>Raport de incident</translation>
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
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>fields named %1</source>
        <translation>câmpurile numite %1</translation>
    </message>
    <message>
        <source>card numbers</source>
        <translation>numerele de card</translation>
    </message>
    <message>
        <source>Bearer tokens</source>
        <translation>tokenurile Bearer</translation>
    </message>
    <message>
        <source>values matching %1</source>
        <translation>valorile care corespund cu %1</translation>
    </message>
    <message>
        <source>Redaction: none. This report may contain secrets.</source>
        <translation>Anonimizare: niciuna. Acest raport poate conține secrete.</translation>
    </message>
    <message>
        <source>Redaction: %1 hidden in payloads, headers, error messages and stacks (%2 values replaced by [REDACTED]).</source>
        <translation>Anonimizare: %1 ascunse în conținut, antete, mesaje de eroare și stive (%2 valori înlocuite cu [REDACTED]).</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Back end</source>
        <translation>Back-end</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versiunea %2)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Mediu</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Interval</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generat</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Cereri</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>necunoscut</translation>
    </message>
    <message>
        <source>Dead letters in range</source>
        <translation>Mesaje nelivrate în interval</translation>
    </message>
    <message>
        <source>Dead letters in total</source>
        <translation>Mesaje nelivrate în total</translation>
    </message>
    <message>
        <source>Causes (groups)</source>
        <translation>Cauze (grupuri)</translation>
    </message>
    <message>
        <source>Breakers opened</source>
        <translation>Întrerupătoare deschise</translation>
    </message>
    <message>
        <source>Breakers not closed now</source>
        <translation>Întrerupătoare neînchise acum</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 din %2</translation>
    </message>
    <message>
        <source>%1 (%2 failed)</source>
        <translation>%1 (%2 eșuate)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>închis</translation>
    </message>
    <message>
        <source>open</source>
        <translation>deschis</translation>
    </message>
    <message>
        <source>half-open</source>
        <translation>semideschis</translation>
    </message>
    <message>
        <source>forced open</source>
        <translation>deschis forțat</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>dezactivat</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>în așteptare</translation>
    </message>
    <message>
        <source>running</source>
        <translation>în curs</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>în pauză</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>reușit</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>eșuat</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulat</translation>
    </message>
    <message>
        <source>Breaker</source>
        <translation>Întrerupător</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integrare</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Rată de eșec</translation>
    </message>
    <message>
        <source>Slow calls</source>
        <translation>Apeluri lente</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>Deschis la</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Spre</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cauză</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Sarcină</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Procesate</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Eșuate</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Pornit</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminat</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Eroare</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>Ultimul eșec</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Cine</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acțiune</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Țintă</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>eșuat: %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulat.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 nu a putut fi scris: %2</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Dosarul %1 nu a putut fi creat.</translation>
    </message>
    <message>
        <source>None in this range.</source>
        <translation>Niciunul în acest interval.</translation>
    </message>
    <message>
        <source>The dead-letter list was cut at %L1 letters.</source>
        <translation>Lista mesajelor nelivrate a fost tăiată la %L1 mesaje.</translation>
    </message>
    <message>
        <source>%1 dead letters in this range in %2 groups. The full list is in the CSV and JSON formats.</source>
        <translation>%1 mesaje nelivrate în acest interval, în %2 grupuri. Lista completă se află în formatele CSV și JSON.</translation>
    </message>
    <message>
        <source>%1 × %2 from %3</source>
        <translation>%1 × %2 din %3</translation>
    </message>
    <message>
        <source>Letter %1, %2 attempts, last failed %3</source>
        <translation>Mesajul %1, %2 încercări, ultimul eșec %3</translation>
    </message>
    <message>
        <source>%1 dead letters in this range in %2 groups; samples of the %3 largest groups follow. The full list is in the CSV and JSON formats.</source>
        <translation>%1 mesaje nelivrate în acest interval, în %2 grupuri; urmează eșantioane din cele mai mari %3 grupuri. Lista completă se află în formatele CSV și JSON.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 din %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 nu a putut fi scris.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>&amp;Open snapshot…</source>
        <translation>&amp;Deschide instantaneu…</translation>
    </message>
    <message>
        <source>Open a snapshot file as an offline, read-only back end.</source>
        <translation>Deschide un fișier instantaneu ca back-end offline, doar pentru citire.</translation>
    </message>
    <message>
        <source>Save &amp;snapshot…</source>
        <translation>Salvează &amp;instantaneu…</translation>
    </message>
    <message>
        <source>Save a time range of the selected back end to one file that opens offline.</source>
        <translation>Salvează un interval de timp al back-endului selectat într-un singur fișier care se deschide offline.</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportă raportul…</translation>
    </message>
    <message>
        <source>An incident report of a time range as PDF, HTML, CSV or JSON.</source>
        <translation>Un raport de incident pentru un interval de timp, ca PDF, HTML, CSV sau JSON.</translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation>Deschide instantaneu</translation>
    </message>
    <message>
        <source>Breakwater snapshots (*.%1)</source>
        <translation>Instantanee Breakwater (*.%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Toate fișierele (*)</translation>
    </message>
</context>
<context>
    <name>ReportCollector</name>
    <message>
        <source>There is no back end to report on.</source>
        <translation>Nu există niciun back-end despre care să se raporteze.</translation>
    </message>
    <message>
        <source>The back end was closed while the report was collected.</source>
        <translation>Back-endul a fost închis în timp ce se colecta raportul.</translation>
    </message>
    <message>
        <source>Reading the back end&apos;s identity</source>
        <translation>Se citește identitatea back-endului</translation>
    </message>
    <message>
        <source>Could not read the back end&apos;s identity: %1</source>
        <translation>Identitatea back-endului nu a putut fi citită: %1</translation>
    </message>
    <message>
        <source>Reading metric history</source>
        <translation>Se citește istoricul metricilor</translation>
    </message>
    <message>
        <source>Metric history: this back end does not offer it.</source>
        <translation>Istoricul metricilor: acest back-end nu îl oferă.</translation>
    </message>
    <message>
        <source>Could not read the metric history: %1</source>
        <translation>Istoricul metricilor nu a putut fi citit: %1</translation>
    </message>
    <message>
        <source>Reading breakers</source>
        <translation>Se citesc întrerupătoarele</translation>
    </message>
    <message>
        <source>Breakers: this back end has none.</source>
        <translation>Întrerupătoare: acest back-end nu are niciunul.</translation>
    </message>
    <message>
        <source>Could not read the breakers: %1</source>
        <translation>Întrerupătoarele nu au putut fi citite: %1</translation>
    </message>
    <message>
        <source>Reading breaker transitions</source>
        <translation>Se citesc tranzițiile întrerupătoarelor</translation>
    </message>
    <message>
        <source>Breaker transitions: this back end does not offer their history.</source>
        <translation>Tranzițiile întrerupătoarelor: acest back-end nu oferă istoricul lor.</translation>
    </message>
    <message>
        <source>Could not read the breaker transitions: %1</source>
        <translation>Tranzițiile întrerupătoarelor nu au putut fi citite: %1</translation>
    </message>
    <message>
        <source>Reading sync jobs</source>
        <translation>Se citesc sincronizările</translation>
    </message>
    <message>
        <source>Sync jobs: this back end has none.</source>
        <translation>Sincronizări: acest back-end nu are niciuna.</translation>
    </message>
    <message>
        <source>Could not read the sync jobs: %1</source>
        <translation>Sincronizările nu au putut fi citite: %1</translation>
    </message>
    <message>
        <source>Counting dead letters by cause</source>
        <translation>Se numără mesajele nelivrate după cauză</translation>
    </message>
    <message>
        <source>Could not count the dead letters: %1</source>
        <translation>Mesajele nelivrate nu au putut fi numărate: %1</translation>
    </message>
    <message>
        <source>Dead letters: this back end has none.</source>
        <translation>Mesaje nelivrate: acest back-end nu are niciunul.</translation>
    </message>
    <message>
        <source>Reading dead letters (%1 of %2)</source>
        <translation>Se citesc mesajele nelivrate (%1 din %2)</translation>
    </message>
    <message>
        <source>Could not read the dead letters: %1</source>
        <translation>Mesajele nelivrate nu au putut fi citite: %1</translation>
    </message>
    <message>
        <source>Dead letters: only the first %L1 are listed.</source>
        <translation>Mesaje nelivrate: sunt listate doar primele %L1.</translation>
    </message>
    <message>
        <source>Reading sample letters (%1 of %2)</source>
        <translation>Se citesc mesajele eșantion (%1 din %2)</translation>
    </message>
    <message>
        <source>Could not read dead letter %1: %2</source>
        <translation>Mesajul nelivrat %1 nu a putut fi citit: %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gata</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No keychain answered (%1): the token is kept for this session only and will be asked for again next time.</source>
        <translation>Niciun depozit de chei nu a răspuns (%1): tokenul este păstrat doar pentru această sesiune și va fi cerut din nou data viitoare.</translation>
    </message>
    <message>
        <source>The token is kept for this session only.</source>
        <translation>Tokenul este păstrat doar pentru această sesiune.</translation>
    </message>
    <message>
        <source>Cannot read the token from the keychain: %1</source>
        <translation>Tokenul nu poate fi citit din depozitul de chei: %1</translation>
    </message>
    <message>
        <source>Cannot remove the token from the keychain: %1</source>
        <translation>Tokenul nu poate fi șters din depozitul de chei: %1</translation>
    </message>
</context>
<context>
    <name>SnapshotBackend</name>
    <message numerus="yes">
        <source>(Not captured: this offline snapshot keeps the payload and headers of %n sample letter(s) per group only.)</source>
        <translation>
            <numerusform>(Necapturat: acest instantaneu offline păstrează conținutul și antetele doar pentru %n mesaj eșantion pe grup.)</numerusform>
            <numerusform>(Necapturat: acest instantaneu offline păstrează conținutul și antetele doar pentru %n mesaje eșantion pe grup.)</numerusform>
            <numerusform>(Necapturat: acest instantaneu offline păstrează conținutul și antetele doar pentru %n de mesaje eșantion pe grup.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline snapshot: read-only. Nothing can be changed in a snapshot; connect to the back end to act.</source>
        <translation>Instantaneu offline: doar citire. Nimic nu poate fi modificat într-un instantaneu; conectați-vă la back-end pentru a acționa.</translation>
    </message>
    <message>
        <source>%1 (offline snapshot)</source>
        <translation>%1 (instantaneu offline)</translation>
    </message>
    <message>
        <source>Offline snapshot: nothing here is live.</source>
        <translation>Instantaneu offline: nimic de aici nu este în timp real.</translation>
    </message>
    <message>
        <source>The snapshot has no breaker named %1.</source>
        <translation>Instantaneul nu conține niciun întrerupător numit %1.</translation>
    </message>
    <message>
        <source>The snapshot has no sync job %1.</source>
        <translation>Instantaneul nu conține sincronizarea %1.</translation>
    </message>
    <message>
        <source>The cursor &quot;%1&quot; does not come from this snapshot.</source>
        <translation>Cursorul „%1” nu provine din acest instantaneu.</translation>
    </message>
    <message>
        <source>The snapshot has no dead letter %1.</source>
        <translation>Instantaneul nu conține mesajul nelivrat %1.</translation>
    </message>
</context>
<context>
    <name>SnapshotFile</name>
    <message>
        <source>The file is empty.</source>
        <translation>Fișierul este gol.</translation>
    </message>
    <message>
        <source>This is not a Breakwater snapshot (it does not start with the snapshot signature).</source>
        <translation>Acesta nu este un instantaneu Breakwater (nu începe cu semnătura de instantaneu).</translation>
    </message>
    <message>
        <source>The snapshot&apos;s header is too large: the file is damaged.</source>
        <translation>Antetul instantaneului este prea mare: fișierul este deteriorat.</translation>
    </message>
    <message>
        <source>The snapshot is truncated: its header is incomplete.</source>
        <translation>Instantaneul este trunchiat: antetul său este incomplet.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s header is damaged: %1</source>
        <translation>Antetul instantaneului este deteriorat: %1</translation>
    </message>
    <message>
        <source>The snapshot&apos;s header is damaged or not a Breakwater snapshot header.</source>
        <translation>Antetul instantaneului este deteriorat sau nu este un antet de instantaneu Breakwater.</translation>
    </message>
    <message>
        <source>This snapshot was made by %1 (format %2); this version reads formats %3-%4. Open it with a newer Breakwater.</source>
        <translation>Acest instantaneu a fost creat de %1 (formatul %2); această versiune citește formatele %3-%4. Deschideți-l cu un Breakwater mai nou.</translation>
    </message>
    <message>
        <source>This snapshot was made by %1 (format %2), which is too old; this version reads formats %3-%4.</source>
        <translation>Acest instantaneu a fost creat de %1 (formatul %2), care este prea vechi; această versiune citește formatele %3-%4.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s body is compressed with &quot;%1&quot;, which this version cannot read.</source>
        <translation>Corpul instantaneului este comprimat cu „%1”, pe care această versiune nu îl poate citi.</translation>
    </message>
    <message>
        <source>The snapshot is truncated: %1 of its %2 are missing.</source>
        <translation>Instantaneul este trunchiat: lipsesc %1 din cei %2 ai săi.</translation>
    </message>
    <message>
        <source>The snapshot is damaged: it has data after its end.</source>
        <translation>Instantaneul este deteriorat: are date după sfârșitul său.</translation>
    </message>
    <message>
        <source>The snapshot is damaged: its contents do not match their checksum.</source>
        <translation>Instantaneul este deteriorat: conținutul nu corespunde sumei de control.</translation>
    </message>
    <message>
        <source>The snapshot is truncated: it has no contents.</source>
        <translation>Instantaneul este trunchiat: nu are conținut.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s contents are too large to open (%1; at most %2).</source>
        <translation>Conținutul instantaneului este prea mare pentru a fi deschis (%1; cel mult %2).</translation>
    </message>
    <message>
        <source>The snapshot is damaged: its contents cannot be decompressed.</source>
        <translation>Instantaneul este deteriorat: conținutul nu poate fi decomprimat.</translation>
    </message>
    <message>
        <source>The snapshot is damaged: %1</source>
        <translation>Instantaneul este deteriorat: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 nu poate fi scris: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 nu poate fi deschis: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a snapshot this version opens (%2; at most %3).</source>
        <translation>%1 este prea mare pentru a fi un instantaneu pe care această versiune îl deschide (%2; cel mult %3).</translation>
    </message>
</context>
<context>
    <name>StartSyncDialog</name>
    <message>
        <source>Start a sync</source>
        <translation>Pornește o sincronizare</translation>
    </message>
    <message>
        <source>e.g. Marketplace catalogue</source>
        <translation>de ex. Catalog marketplace</translation>
    </message>
    <message>
        <source>server default</source>
        <translation>implicit pe server</translation>
    </message>
    <message>
        <source> items/s</source>
        <translation> elemente/s</translation>
    </message>
    <message>
        <source>Continue...</source>
        <translation>Continuă...</translation>
    </message>
    <message>
        <source>&amp;Integration:</source>
        <translation>&amp;Integrare:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nume:</translation>
    </message>
    <message>
        <source>&amp;Total items:</source>
        <translation>&amp;Total elemente:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Dimensiunea &amp;paginii:</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Ritm:</translation>
    </message>
</context>
<context>
    <name>SyncJobModel</name>
    <message>
        <source>Queued</source>
        <translation>În așteptare</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Rulează</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>În pauză</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Reușite</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Eșuate</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulat</translation>
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
        <translation>necunoscut</translation>
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
        <translation>Sarcină</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integrare</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progres</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Debit</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Timp rămas</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Pagină</translation>
    </message>
</context>
<context>
    <name>SyncsView</name>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauză</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reia</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Reîncearcă eșuatele</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n sync(s)</source>
        <translation>
            <numerusform>Anulează %n sincronizare</numerusform>
            <numerusform>Anulează %n sincronizări</numerusform>
            <numerusform>Anulează %n de sincronizări</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pause %n sync(s)</source>
        <translation>
            <numerusform>Pune în pauză %n sincronizare</numerusform>
            <numerusform>Pune în pauză %n sincronizări</numerusform>
            <numerusform>Pune în pauză %n de sincronizări</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resume %n sync(s)</source>
        <translation>
            <numerusform>Reia %n sincronizare</numerusform>
            <numerusform>Reia %n sincronizări</numerusform>
            <numerusform>Reia %n de sincronizări</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry the failed items of %n sync(s)</source>
        <translation>
            <numerusform>Reîncearcă elementele eșuate ale %n sincronizări</numerusform>
            <numerusform>Reîncearcă elementele eșuate ale celor %n sincronizări</numerusform>
            <numerusform>Reîncearcă elementele eșuate ale celor %n de sincronizări</numerusform>
        </translation>
    </message>
    <message>
        <source>Start sync...</source>
        <translation>Pornește sincronizarea...</translation>
    </message>
    <message>
        <source>Filter by name, integration or state (Ctrl+F)</source>
        <translation>Filtrează după nume, integrare sau stare (Ctrl+F)</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sincronizare eșuată</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 a eșuat.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a eșuat: %2</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progresul sincronizării</translation>
    </message>
    <message>
        <source>%1 is complete.</source>
        <translation>%1 s-a încheiat.</translation>
    </message>
    <message>
        <source>%1 reached %2 %.</source>
        <translation>%1 a ajuns la %2 %.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Start a sync of %n item(s)</source>
        <translation>
            <numerusform>Pornește o sincronizare a %n element</numerusform>
            <numerusform>Pornește o sincronizare a %n elemente</numerusform>
            <numerusform>Pornește o sincronizare a %n de elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Start a new sync job</source>
        <translation>Pornește o sincronizare nouă</translation>
    </message>
    <message>
        <source>Select one or more sync jobs first</source>
        <translation>Selectați mai întâi una sau mai multe sincronizări</translation>
    </message>
    <message>
        <source>Cancel selected…</source>
        <translation>Anulează selecția…</translation>
    </message>
    <message numerus="yes">
        <source>%n selected sync job(s): %1</source>
        <translation>
            <numerusform>%n sincronizare selectată: %1</numerusform>
            <numerusform>%n sincronizări selectate: %1</numerusform>
            <numerusform>%n de sincronizări selectate: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel the selected sync jobs as one bulk operation, after a dry run</source>
        <translation>Anulează sincronizările selectate într-o singură operațiune în masă, după o simulare</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The profile %1 is read-only.</source>
        <translation>Profilul %1 este doar pentru citire.</translation>
    </message>
    <message>
        <source>The token for %1 is a viewer&apos;s: it can look, not act.</source>
        <translation>Tokenul pentru %1 este de vizualizator: poate privi, nu acționa.</translation>
    </message>
    <message>
        <source>%1 is unreachable.</source>
        <translation>%1 este inaccesibil.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 a refuzat conexiunea.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Se conectează la %1…</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Neconectat la %1.</translation>
    </message>
    <message>
        <source>Give a reason: it goes to the audit logs.</source>
        <translation>Indicați un motiv: ajunge în jurnalele de audit.</translation>
    </message>
    <message>
        <source>The reason is too long (%1 characters; at most %2).</source>
        <translation>Motivul este prea lung (%1 caractere; cel mult %2).</translation>
    </message>
    <message>
        <source>No audit log is open: this action was not recorded.</source>
        <translation>Niciun jurnal de audit nu este deschis: această acțiune nu a fost înregistrată.</translation>
    </message>
    <message>
        <source>This action could not be written to the audit log: %1</source>
        <translation>Această acțiune nu a putut fi scrisă în jurnalul de audit: %1</translation>
    </message>
    <message>
        <source>Breaker %1 is now %2.</source>
        <translation>Întrerupătorul %1 este acum %2.</translation>
    </message>
    <message>
        <source>Sync %1 is now %2.</source>
        <translation>Sincronizarea %1 este acum %2.</translation>
    </message>
    <message numerus="yes">
        <source>Started sync %1 of %n item(s).</source>
        <translation>
            <numerusform>A pornit sincronizarea %1 a %n element.</numerusform>
            <numerusform>A pornit sincronizarea %1 a %n elemente.</numerusform>
            <numerusform>A pornit sincronizarea %1 a %n de elemente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dead letter %1 was delivered.</source>
        <translation>Mesajul nelivrat %1 a fost livrat.</translation>
    </message>
    <message>
        <source>Dead letter %1 failed again: %2</source>
        <translation>Mesajul nelivrat %1 a eșuat din nou: %2</translation>
    </message>
    <message>
        <source>Dead letter %1 was deleted.</source>
        <translation>Mesajul nelivrat %1 a fost șters.</translation>
    </message>
    <message numerus="yes">
        <source>Started operation %1 on %n item(s).</source>
        <translation>
            <numerusform>A pornit operațiunea %1 asupra a %n element.</numerusform>
            <numerusform>A pornit operațiunea %1 asupra a %n elemente.</numerusform>
            <numerusform>A pornit operațiunea %1 asupra a %n de elemente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Operation %1 is now %2.</source>
        <translation>Operațiunea %1 este acum %2.</translation>
    </message>
    <message>
        <source>This is an offline snapshot of %1: it can be looked at, not acted on.</source>
        <translation>Acesta este un instantaneu offline al %1: poate fi consultat, nu modificat.</translation>
    </message>
    <message>
        <source>Started operation %1; it counts its items as it reads them.</source>
        <translation>A pornit operațiunea %1; își numără elementele pe măsură ce le citește.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Operations console for integration back ends.</source>
        <translation>Consolă de operare pentru back-endurile de integrare.</translation>
    </message>
    <message>
        <source>Start a local breakwater-sim and connect to it.</source>
        <translation>Pornește un breakwater-sim local și se conectează la el.</translation>
    </message>
    <message>
        <source>User interface language: en, ro or de.</source>
        <translation>Limba interfeței: en, ro sau de.</translation>
    </message>
    <message>
        <source>Open this snapshot file as an offline back end (instead of the saved connections).</source>
        <translation>Deschide acest fișier instantaneu ca back-end offline (în locul conexiunilor salvate).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fișier</translation>
    </message>
</context>
</TS>

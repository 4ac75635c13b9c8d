<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditLog</name>
    <message numerus="yes">
        <source>The audit log is intact: %n record(s) checked.</source>
        <translation>
            <numerusform>The audit log is intact: %n record checked.</numerusform>
            <numerusform>The audit log is intact: %n records checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreakerModel</name>
    <message numerus="yes">
        <source>%n call(s) not permitted while open</source>
        <translation>
            <numerusform>%n call not permitted while open</numerusform>
            <numerusform>%n calls not permitted while open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreakerTimeline</name>
    <message numerus="yes">
        <source>Transitions of %1 (%n seen)</source>
        <translation>
            <numerusform>Transitions of %1 (%n seen)</numerusform>
            <numerusform>Transitions of %1 (%n seen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreakersView</name>
    <message numerus="yes">
        <source>Reset %n breaker(s)</source>
        <translation>
            <numerusform>Reset %n breaker</numerusform>
            <numerusform>Reset %n breakers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Force open %n breaker(s)</source>
        <translation>
            <numerusform>Force open %n breaker</numerusform>
            <numerusform>Force open %n breakers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n breaker(s)</source>
        <translation>
            <numerusform>Disable %n breaker</numerusform>
            <numerusform>Disable %n breakers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release %n breaker(s)</source>
        <translation>
            <numerusform>Release %n breaker</numerusform>
            <numerusform>Release %n breakers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected breaker(s): %1</source>
        <translation>
            <numerusform>%n selected breaker: %1</numerusform>
            <numerusform>%n selected breakers: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkOperationDialog</name>
    <message numerus="yes">
        <source>Run acts on exactly the %n item(s) counted by the dry run.</source>
        <translation>
            <numerusform>Run acts on exactly the %n item counted by the dry run.</numerusform>
            <numerusform>Run acts on exactly the %n items counted by the dry run.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmActionDialog</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsoleDemo</name>
    <message numerus="yes">
        <source>The demo server did not start within %n second(s).</source>
        <translation>
            <numerusform>The demo server did not start within %n second.</numerusform>
            <numerusform>The demo server did not start within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadLetterBulkActions</name>
    <message numerus="yes">
        <source>%n selected dead letter(s)</source>
        <translation>
            <numerusform>%n selected dead letter</numerusform>
            <numerusform>%n selected dead letters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadLettersView</name>
    <message numerus="yes">
        <source>%n dead letter(s)</source>
        <translation>
            <numerusform>%n dead letter</numerusform>
            <numerusform>%n dead letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s) loaded, more on scroll</source>
        <translation>
            <numerusform>%n dead letter loaded, more on scroll</numerusform>
            <numerusform>%n dead letters loaded, more on scroll</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Last %n hour(s)</source>
        <translation>
            <numerusform>Last %n hour</numerusform>
            <numerusform>Last %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperationText</name>
    <message numerus="yes">
        <source>Retry %1 dead letter(s)</source>
        <translation>
            <numerusform>Retry %1 dead letter</numerusform>
            <numerusform>Retry %1 dead letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 dead letter(s)</source>
        <translation>
            <numerusform>Delete %1 dead letter</numerusform>
            <numerusform>Delete %1 dead letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purge %1 dead letter(s)</source>
        <translation>
            <numerusform>Purge %1 dead letter</numerusform>
            <numerusform>Purge %1 dead letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %1 breaker(s)</source>
        <translation>
            <numerusform>Reset %1 breaker</numerusform>
            <numerusform>Reset %1 breakers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %1 sync job(s)</source>
        <translation>
            <numerusform>Cancel %1 sync job</numerusform>
            <numerusform>Cancel %1 sync jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %1 dead letter(s)</source>
        <translation>
            <numerusform>Move %1 dead letter</numerusform>
            <numerusform>Move %1 dead letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %1 dead letter(s) to %2</source>
        <translation>
            <numerusform>Move %1 dead letter to %2</numerusform>
            <numerusform>Move %1 dead letters to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperationsView</name>
    <message numerus="yes">
        <source>%n dead letter(s) by id</source>
        <translation>
            <numerusform>%n dead letter by id</numerusform>
            <numerusform>%n dead letters by id</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewCard</name>
    <message numerus="yes">
        <source>%n open of %1</source>
        <translation>
            <numerusform>%n open of %1</numerusform>
            <numerusform>%n open of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RabbitMqBackend</name>
    <message numerus="yes">
        <source>%1  %2 in queue %3, exchange %4, routing keys %5, %n time(s)</source>
        <translation>
            <numerusform>%1  %2 in queue %3, exchange %4, routing keys %5, %n time</numerusform>
            <numerusform>%1  %2 in queue %3, exchange %4, routing keys %5, %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RabbitOperations</name>
    <message numerus="yes">
        <source>%1: %n message(s) may have been delivered twice (a crash between confirm and journal).</source>
        <translation>
            <numerusform>%1: %n message may have been delivered twice (a crash between confirm and journal).</numerusform>
            <numerusform>%1: %n messages may have been delivered twice (a crash between confirm and journal).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotBackend</name>
    <message numerus="yes">
        <source>(Not captured: this offline snapshot keeps the payload and headers of %n sample letter(s) per group only.)</source>
        <translation>
            <numerusform>(Not captured: this offline snapshot keeps the payload and headers of %n sample letter per group only.)</numerusform>
            <numerusform>(Not captured: this offline snapshot keeps the payload and headers of %n sample letters per group only.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncsView</name>
    <message numerus="yes">
        <source>Cancel %n sync(s)</source>
        <translation>
            <numerusform>Cancel %n sync</numerusform>
            <numerusform>Cancel %n syncs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pause %n sync(s)</source>
        <translation>
            <numerusform>Pause %n sync</numerusform>
            <numerusform>Pause %n syncs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resume %n sync(s)</source>
        <translation>
            <numerusform>Resume %n sync</numerusform>
            <numerusform>Resume %n syncs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry the failed items of %n sync(s)</source>
        <translation>
            <numerusform>Retry the failed items of %n sync</numerusform>
            <numerusform>Retry the failed items of %n syncs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected sync job(s): %1</source>
        <translation>
            <numerusform>%n selected sync job: %1</numerusform>
            <numerusform>%n selected sync jobs: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start a sync of %n item(s)</source>
        <translation>
            <numerusform>Start a sync of %n item</numerusform>
            <numerusform>Start a sync of %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message numerus="yes">
        <source>Started sync %1 of %n item(s).</source>
        <translation>
            <numerusform>Started sync %1 of %n item.</numerusform>
            <numerusform>Started sync %1 of %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Started operation %1 on %n item(s).</source>
        <translation>
            <numerusform>Started operation %1 on %n item.</numerusform>
            <numerusform>Started operation %1 on %n items.</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>RunDescription</name>
    <message numerus="yes">
        <location filename="../../ui/run_description.cpp" line="64"/>
        <source>N = %1, B = %2: %n weight update(s) per epoch (last batch: %3)</source>
        <translation>
            <numerusform>N = %1, B = %2: %n weight update per epoch (last batch: %3)</numerusform>
            <numerusform>N = %1, B = %2: %n weight updates per epoch (last batch: %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/run_description.cpp" line="76"/>
        <source>%n epoch(s) × %1 = %2 weight updates in all</source>
        <translation>
            <numerusform>%n epoch × %1 = %2 weight updates in all</numerusform>
            <numerusform>%n epochs × %1 = %2 weight updates in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::ControlsPanel</name>
    <message numerus="yes">
        <location filename="../../ui/controls_panel.cpp" line="159"/>
        <source>%n update(s)/s</source>
        <translation>
            <numerusform>%n update/s</numerusform>
            <numerusform>%n updates/s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::LossPerUpdatePlot</name>
    <message numerus="yes">
        <location filename="../../ui/loss_per_update_plot.cpp" line="123"/>
        <location filename="../../ui/loss_per_update_plot.cpp" line="125"/>
        <source>batch loss (mean of %n update(s))</source>
        <translation>
            <numerusform>batch loss (mean of %n update)</numerusform>
            <numerusform>batch loss (mean of %n updates)</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CsvExporter</name>
    <message>
        <location filename="../../ui/csv_exporter.cpp" line="26"/>
        <source>Could not write %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageExporter</name>
    <message>
        <location filename="../../ui/image_exporter.cpp" line="91"/>
        <source>Could not write %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/image_exporter.cpp" line="136"/>
        <source>the %1 could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/image_exporter.cpp" line="170"/>
        <source>unknown image format &apos;%1&apos; (use PNG, JPG, BMP, PDF or SVG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/image_exporter.cpp" line="177"/>
        <source>the image size %1 × %2 (scale %3) is out of range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunDescription</name>
    <message>
        <location filename="../../ui/run_description.cpp" line="12"/>
        <source>Two moons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_description.cpp" line="14"/>
        <source>Circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_description.cpp" line="16"/>
        <source>Spiral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_description.cpp" line="18"/>
        <source>XOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_description.cpp" line="20"/>
        <source>Blobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_description.cpp" line="22"/>
        <source>Sine (regression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_description.cpp" line="24"/>
        <source>Polynomial (regression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_description.cpp" line="48"/>
        <source>SGD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_description.cpp" line="50"/>
        <source>SGD with momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_description.cpp" line="52"/>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_description.cpp" line="60"/>
        <source>No training rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/run_description.cpp" line="64"/>
        <source>N = %1, B = %2: %n weight update(s) per epoch (last batch: %3)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/run_description.cpp" line="76"/>
        <source>%n epoch(s) × %1 = %2 weight updates in all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/run_description.cpp" line="88"/>
        <source>validation_split %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_description.cpp" line="89"/>
        <source>validation %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_description.cpp" line="92"/>
        <source>, EarlyStopping(patience %1, min_delta %2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_description.cpp" line="95"/>
        <source>, restore best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_description.cpp" line="97"/>
        <source>%1, N = %2, noise %3, seed %4, %5 · network %6-%7%8 %9, init seed %10 · %11 lr %12 · batch_size %13, epochs %14, shuffle %15%16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_description.cpp" line="113"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_description.cpp" line="113"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.cpp" line="79"/>
        <source>See what batch_size and epochs mean while a neural network trains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="85"/>
        <source>Train, save an image of the whole window to &lt;file&gt; and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="90"/>
        <source>With --screenshot: train &lt;k&gt; epochs first (default: the whole run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="95"/>
        <source>Start from the default settings, not the saved ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ControlsPanel</name>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="58"/>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="59"/>
        <source>Go back to the default run: a small noisy practice exam and a big network that memorises it (overfitting) within seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="68"/>
        <source>model.fit(batch_size, epochs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="76"/>
        <source>batch_size B: how many practice questions you solve before checking them against the answer sheet. Every check is one weight update. B = 1 checks after every question (many small, noisy corrections); B = N checks once per pass over the whole exam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="82"/>
        <source>&amp;batch_size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="101"/>
        <source>epochs E: how many times you solve the whole practice exam. A few passes teach you the material; too many and you memorise this exam&apos;s answers instead (overfitting). Raising it while training continues the same run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="106"/>
        <source>e&amp;pochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="134"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="146"/>
        <source>Pace: from one weight update per second (follow the exam batch by batch) up to full speed. Keys: [ slower, ] faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="150"/>
        <source>&amp;Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/controls_panel.cpp" line="159"/>
        <source>%n update(s)/s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="159"/>
        <location filename="../../ui/controls_panel.cpp" line="162"/>
        <source>full speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="182"/>
        <source>Practice exam (data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="187"/>
        <source>What the questions look like: points of two classes to separate (classification) or a curve to follow (regression).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="189"/>
        <source>&amp;Data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="194"/>
        <source>N: the number of questions in the practice exam (training samples).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="195"/>
        <source>&amp;Questions (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="202"/>
        <source>How messy the questions are. With more noise, memorising the practice exam helps less on a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="204"/>
        <source>&amp;Noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="208"/>
        <source>Which practice exam (the random seed of the data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="209"/>
        <source>Data &amp;seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="212"/>
        <source>separate set (validation_data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="213"/>
        <source>validation_split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="215"/>
        <source>The new, unseen exam that shows whether you learned or memorised: either a separate set of questions, or the last part of the practice exam held back (validation_split, taken before shuffling).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="218"/>
        <source>&amp;Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="221"/>
        <source>Questions in the separate validation exam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="222"/>
        <source>Validation &amp;rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="227"/>
        <source>validation_split: the fraction of the practice exam held back as the validation exam (the last rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="229"/>
        <source>validation_spli&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="244"/>
        <source>Student (model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="248"/>
        <source>Hidden layers (Dense). More layers and units: a student with more memory, who can also memorise more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="250"/>
        <source>Hidden &amp;layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="253"/>
        <source>Units in every hidden layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="254"/>
        <source>&amp;Units per layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="259"/>
        <source>The activation of the hidden layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="260"/>
        <source>&amp;Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="263"/>
        <source>The seed of the initial weights (what the student knows before practising). &quot;Reset&quot; picks the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="265"/>
        <source>&amp;Initial weights seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="275"/>
        <source>Correcting mistakes (optimizer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="281"/>
        <source>How the student corrects after checking a batch. Choosing one sets Keras&apos;s default learning rate (SGD 0.01, Adam 0.001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="283"/>
        <source>&amp;Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="288"/>
        <source>How big each correction is. Too big and the loss explodes (diverges); too small and learning is slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="290"/>
        <source>Learning &amp;rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="291"/>
        <source>&amp;Shuffle every epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="292"/>
        <source>shuffle=True: solve the questions in a new order on every pass (only the training rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="311"/>
        <source>&amp;Early stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="314"/>
        <source>Stop practising when the score on the new exam (val_loss) has not improved for &apos;patience&apos; passes: too much is as bad as too little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="319"/>
        <source>patience: passes without improvement before stopping. Also used for the &quot;would stop here&quot; mark when early stopping is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="321"/>
        <source>Pa&amp;tience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="326"/>
        <source>min_delta: an improvement smaller than this does not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="327"/>
        <source>min_&amp;delta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="328"/>
        <source>restore_best_&amp;weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="329"/>
        <source>At the end, go back to the weights of the best epoch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::DataView</name>
    <message>
        <location filename="../../ui/data_view.cpp" line="37"/>
        <source>Data and model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.cpp" line="39"/>
        <source>model: probability of class 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.cpp" line="53"/>
        <source>model&apos;s prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.cpp" line="56"/>
        <location filename="../../ui/data_view.cpp" line="102"/>
        <source>training (practice exam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.cpp" line="57"/>
        <source>training, class 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.cpp" line="58"/>
        <location filename="../../ui/data_view.cpp" line="104"/>
        <source>validation (new exam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.cpp" line="59"/>
        <source>validation, class 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.cpp" line="81"/>
        <location filename="../../ui/data_view.cpp" line="118"/>
        <source>x₁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.cpp" line="82"/>
        <location filename="../../ui/data_view.cpp" line="119"/>
        <source>x₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.cpp" line="101"/>
        <source>training, class 0 (practice exam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.cpp" line="103"/>
        <source>validation, class 0 (new exam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.cpp" line="118"/>
        <source>x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.cpp" line="119"/>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.cpp" line="240"/>
        <source>x₁ = %1, x₂ = %2
model: P(class 1) = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.cpp" line="246"/>
        <source>x = %1
model: y = %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.cpp" line="23"/>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.cpp" line="27"/>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.cpp" line="31"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.cpp" line="39"/>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.cpp" line="46"/>
        <location filename="../../ui/export_dialog.cpp" line="50"/>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.cpp" line="55"/>
        <source>&amp;Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.cpp" line="61"/>
        <source>Pixels per point for PNG, JPG and BMP: 2 or 3 for slides and print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.cpp" line="62"/>
        <source>S&amp;cale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.cpp" line="64"/>
        <source>Add a caption with the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.cpp" line="78"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.pdf *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::LossPerEpochPlot</name>
    <message>
        <location filename="../../ui/loss_per_epoch_plot.cpp" line="30"/>
        <source>Loss per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_epoch_plot.cpp" line="31"/>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_epoch_plot.cpp" line="32"/>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_epoch_plot.cpp" line="33"/>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_epoch_plot.cpp" line="36"/>
        <source>training loss (Keras: mean over the epoch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_epoch_plot.cpp" line="39"/>
        <source>training loss (end of epoch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_epoch_plot.cpp" line="40"/>
        <source>validation loss (new exam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_epoch_plot.cpp" line="41"/>
        <source>training accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_epoch_plot.cpp" line="43"/>
        <source>validation accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_epoch_plot.cpp" line="63"/>
        <source>overfitting: the validation loss rises
(memorising the practice exam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_epoch_plot.cpp" line="169"/>
        <source>best validation epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_epoch_plot.cpp" line="179"/>
        <source>early stopping stopped here (epoch %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_epoch_plot.cpp" line="180"/>
        <source>early stopping would stop here (patience %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::LossPerUpdatePlot</name>
    <message>
        <location filename="../../ui/loss_per_update_plot.cpp" line="16"/>
        <source>Loss per weight update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_update_plot.cpp" line="17"/>
        <source>batch loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_update_plot.cpp" line="26"/>
        <source>batch loss range (min-max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_update_plot.cpp" line="32"/>
        <location filename="../../ui/loss_per_update_plot.cpp" line="66"/>
        <source>batch loss (one update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_update_plot.cpp" line="36"/>
        <source>Keras running mean of the epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_update_plot.cpp" line="40"/>
        <source>smoothed (debiased EMA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/loss_per_update_plot.cpp" line="123"/>
        <location filename="../../ui/loss_per_update_plot.cpp" line="125"/>
        <source>batch loss (mean of %n update(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_update_plot.cpp" line="267"/>
        <source>weight update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_update_plot.cpp" line="270"/>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_update_plot.cpp" line="273"/>
        <source>samples seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <location filename="../../ui/main_window.cpp" line="42"/>
        <source>BatchLab — what batch_size and epochs mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="118"/>
        <location filename="../../ui/main_window.cpp" line="384"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="120"/>
        <source>Play or pause the practice (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="123"/>
        <source>&amp;Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="125"/>
        <source>Step one weight update: solve one batch of questions and check it against the answer sheet (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="129"/>
        <source>&amp;Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="131"/>
        <source>Step to the end of the epoch: finish this pass over the whole practice exam (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="135"/>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="137"/>
        <source>Start again with new initial weights: a new student (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="140"/>
        <source>&amp;Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="143"/>
        <source>&amp;Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="146"/>
        <source>Restore &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="154"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="155"/>
        <source>Export loss per &amp;update image...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="157"/>
        <source>Export loss per &amp;epoch image...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="159"/>
        <source>Export &amp;data view image...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="160"/>
        <source>Export &amp;window image...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="162"/>
        <source>Export per-update history as &amp;CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="164"/>
        <source>Export per-epoch history as C&amp;SV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="167"/>
        <source>Copy window &amp;image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="170"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="172"/>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="181"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="182"/>
        <source>&amp;Reset plot views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="189"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="190"/>
        <source>&amp;About BatchLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="192"/>
        <source>About BatchLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="193"/>
        <source>&lt;p&gt;&lt;b&gt;BatchLab&lt;/b&gt; shows what &lt;code&gt;batch_size&lt;/code&gt; and &lt;code&gt;epochs&lt;/code&gt; mean in Keras&apos;s &lt;code&gt;model.fit&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;100 questions = 100 samples; the batch size is how many questions you solve before checking the answer sheet (one weight update); an epoch is one pass over the exam. Too many passes and you memorise the exam: overfitting.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="220"/>
        <source>Reset view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="222"/>
        <source>Fit the plot to the data again and follow it (or double-click the plot). Drag to pan, wheel to zoom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="226"/>
        <source>Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="228"/>
        <source>Save this plot as PNG, JPG, BMP, PDF or SVG (right-click for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="252"/>
        <source>x: weight update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="253"/>
        <source>x: epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="254"/>
        <source>x: samples seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="255"/>
        <source>Count the x axis in weight updates (answer-sheet checks), epochs (passes over the exam) or questions solved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="259"/>
        <location filename="../../ui/main_window.cpp" line="287"/>
        <source>log y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="265"/>
        <source>Smoothing as in TensorBoard (exponential moving average with debiasing). 0 = off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="272"/>
        <source>smoothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="279"/>
        <source>Loss per weight update (one check of a batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="289"/>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="291"/>
        <source>Show the share of questions answered right (classification).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="295"/>
        <source>Loss per epoch (one pass over the exam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="300"/>
        <source>Practice exam and the model&apos;s answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="330"/>
        <source>Epoch %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="331"/>
        <source>Update %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="335"/>
        <source>%1 updates/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="341"/>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="344"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="348"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="352"/>
        <source>cannot train: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="360"/>
        <source>finished (best weights of epoch %1 restored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="361"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="364"/>
        <source>stopped early at epoch %1 (best epoch %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="370"/>
        <source>diverged at update %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="376"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="384"/>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="445"/>
        <source>BatchLab · %1 · after %2 epochs (%3 updates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="459"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="506"/>
        <source>window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="519"/>
        <source>Export per-epoch history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="519"/>
        <source>Export per-update history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="522"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="541"/>
        <source>Image copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::PlotWidget</name>
    <message>
        <location filename="../../ui/plot_widget.cpp" line="150"/>
        <source>Reset view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plot_widget.cpp" line="152"/>
        <source>Export image...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plot_widget.cpp" line="153"/>
        <source>Copy image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plot_widget.cpp" line="155"/>
        <source>Export data as CSV...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

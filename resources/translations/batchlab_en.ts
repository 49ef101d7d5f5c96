<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CsvExporter</name>
    <message>
        <location filename="../../ui/plots/csv_exporter.cpp" line="31"/>
        <source>Could not write %1:
%2</source>
        <translation>Could not write %1:
%2</translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="26"/>
        <source>more than 9e18</source>
        <translation>more than 9e18</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="37"/>
        <source>the network would have %1 parameters, over the parameter limit of %2</source>
        <translation>the network would have %1 parameters, over the parameter limit of %2</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="40"/>
        <source>the network has %1 parameters, over the recorded weights limit of %2 for the weights in a run record</source>
        <translation>the network has %1 parameters, over the recorded weights limit of %2 for the weights in a run record</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="44"/>
        <source>the data have %1 input columns; the input limit is 1 to %2</source>
        <translation>the data have %1 input columns; the input limit is 1 to %2</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="47"/>
        <source>the answers name %1 classes; the class limit is 2 to %2</source>
        <translation>the answers name %1 classes; the class limit is 2 to %2</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="50"/>
        <source>a batch of %1 rows through this network needs %2 numbers of workspace, over the batch workspace limit of %3 (a smaller batch size or narrower layers fit)</source>
        <translation>a batch of %1 rows through this network needs %2 numbers of workspace, over the batch workspace limit of %3 (a smaller batch size or narrower layers fit)</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="54"/>
        <source>%1 rows of %2 columns are %3 numbers, over the data size limit of %4 (rows × columns)</source>
        <translation>%1 rows of %2 columns are %3 numbers, over the data size limit of %4 (rows × columns)</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="58"/>
        <source>the run would make %1 weight updates, over the kept updates limit of %2 (every update is kept in memory)</source>
        <translation>the run would make %1 weight updates, over the kept updates limit of %2 (every update is kept in memory)</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="62"/>
        <source>the file has %1 bytes, over the file size limit of %2</source>
        <translation>the file has %1 bytes, over the file size limit of %2</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="65"/>
        <source>the file has %1 bytes, over the record size limit of %2</source>
        <translation>the file has %1 bytes, over the record size limit of %2</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="76"/>
        <source>There is not enough memory for this (fewer rows, a smaller batch or a smaller network would fit).</source>
        <translation>There is not enough memory for this (fewer rows, a smaller batch or a smaller network would fit).</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="90"/>
        <source>%1 is a file, not a folder, so nothing can be written inside it.</source>
        <translation>%1 is a file, not a folder, so nothing can be written inside it.</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="93"/>
        <source>%1 is a folder; a file of that name cannot be written.</source>
        <translation>%1 is a folder; a file of that name cannot be written.</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="100"/>
        <source>The file system of %1 is read-only.</source>
        <translation>The file system of %1 is read-only.</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="105"/>
        <source>No space is left on the device of %1 (%2 bytes free).</source>
        <translation>No space is left on the device of %1 (%2 bytes free).</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="109"/>
        <source>No space is left on the device of %1 (no free file entries).</source>
        <translation>No space is left on the device of %1 (no free file entries).</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="130"/>
        <source>The answers look sorted: %1 appear(s) only in the last rows, held back as the new exam, so the model never practises them.</source>
        <translation>The answers look sorted: %1 appear(s) only in the last rows, held back as the new exam, so the model never practises them.</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="134"/>
        <source>The answers look sorted: the new exam (the last rows) has no question of %1.</source>
        <translation>The answers look sorted: the new exam (the last rows) has no question of %1.</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="136"/>
        <source>Keras&apos;s validation_split takes the last rows as they are, before any shuffling: shuffle the rows of the file first.</source>
        <translation>Keras&apos;s validation_split takes the last rows as they are, before any shuffling: shuffle the rows of the file first.</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <location filename="../../app/headless.cpp" line="102"/>
        <source>Train without a window (this mode).</source>
        <translation>Train without a window (this mode).</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="104"/>
        <source>Write the outputs into DIR (created if needed).</source>
        <translation>Write the outputs into DIR (created if needed).</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="106"/>
        <source>What to write, comma-separated: csv (updates.csv, epochs.csv), png, svg, pdf (loss_per_update, loss_per_epoch and data plots), record (run.json). Default: csv,png,record.</source>
        <translation>What to write, comma-separated: csv (updates.csv, epochs.csv), png, svg, pdf (loss_per_update, loss_per_epoch and data plots), record (run.json). Default: csv,png,record.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="111"/>
        <source>Plot size in logical pixels (points for PDF), caption included. Default: 1200x700.</source>
        <translation>Plot size in logical pixels (points for PDF), caption included. Default: 1200x700.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="114"/>
        <source>PNG pixels per logical pixel (2 for sharp slides). Default: 1.</source>
        <translation>PNG pixels per logical pixel (2 for sharp slides). Default: 1.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="117"/>
        <source>Plots without the caption strip of the settings.</source>
        <translation>Plots without the caption strip of the settings.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="124"/>
        <source>Retrain a run record from its data and initial weights and check that the history is reproduced exactly.</source>
        <translation>Retrain a run record from its data and initial weights and check that the history is reproduced exactly.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="102"/>
        <source>Probability of a flipped label (classification), 0 to 0.5.</source>
        <translation>Probability of a flipped label (classification), 0 to 0.5.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="144"/>
        <source>With --data: the target column, by header name or number from 1. Default: the last column.</source>
        <translation>With --data: the target column, by header name or number from 1. Default: the last column.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="147"/>
        <source>With --data: whether the first line holds column names. Default: auto.</source>
        <translation>With --data: whether the first line holds column names. Default: auto.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="154"/>
        <source>With --data: scale every input to mean 0 and standard deviation 1.</source>
        <translation>With --data: scale every input to mean 0 and standard deviation 1.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="157"/>
        <source>One seed for the data, the initial weights and the shuffling (as keras.utils.set_random_seed). Default: 1.</source>
        <translation>One seed for the data, the initial weights and the shuffling (as keras.utils.set_random_seed). Default: 1.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="111"/>
        <source>Seed of the generated data only.</source>
        <translation>Seed of the generated data only.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="134"/>
        <source>Seed of the initial weights only.</source>
        <translation>Seed of the initial weights only.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="151"/>
        <source>Seed of the shuffling only.</source>
        <translation>Seed of the shuffling only.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="125"/>
        <source>Hidden layer widths, comma-separated, or none. Default: 64,64.</source>
        <translation>Hidden layer widths, comma-separated, or none. Default: 64,64.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="79"/>
        <source>Classes of k-blobs and k-spiral, 3 to 10. Default: 3.</source>
        <translation>Classes of k-blobs and k-spiral, 3 to 10. Default: 3.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="83"/>
        <source>Generated data: input columns of pure noise added to the generator&apos;s own (a wider exam). Default: 0.</source>
        <translation>Generated data: input columns of pure noise added to the generator&apos;s own (a wider exam). Default: 0.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="88"/>
        <source>Generated training rows. Default: 30 (digits: 100, ten of each digit).</source>
        <translation>Generated training rows. Default: 30 (digits: 100, ten of each digit).</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="93"/>
        <source>Generated validation rows (a separate, unseen exam; 0 for none). Default: 200 (digits: 500).</source>
        <translation>Generated validation rows (a separate, unseen exam; 0 for none). Default: 200 (digits: 500).</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="98"/>
        <source>Noise of the generated data (not digits). Default: 0.35.</source>
        <translation>Noise of the generated data (not digits). Default: 0.35.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="106"/>
        <source>Flip labels (--label-noise) in the training set only: the new exam&apos;s answer sheet stays right. Default: false.</source>
        <translation>Flip labels (--label-noise) in the training set only: the new exam&apos;s answer sheet stays right. Default: false.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="130"/>
        <source>tanh, relu, sigmoid or linear. Default: tanh.</source>
        <translation>tanh, relu, sigmoid or linear. Default: tanh.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="155"/>
        <source>sgd, momentum or adam. Default: adam.</source>
        <translation>sgd, momentum or adam. Default: adam.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="159"/>
        <source>Learning rate. Default: 0.01 (with --optimizer alone: Keras&apos;s default for it, sgd 0.01, adam 0.001).</source>
        <translation>Learning rate. Default: 0.01 (with --optimizer alone: Keras&apos;s default for it, sgd 0.01, adam 0.001).</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="164"/>
        <source>Momentum, in [0, 1). Default: 0.9.</source>
        <translation>Momentum, in [0, 1). Default: 0.9.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="168"/>
        <source>Adam&apos;s beta_1. Default: 0.9.</source>
        <translation>Adam&apos;s beta_1. Default: 0.9.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="172"/>
        <source>Adam&apos;s beta_2. Default: 0.999.</source>
        <translation>Adam&apos;s beta_2. Default: 0.999.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="176"/>
        <source>Adam&apos;s epsilon. Default: 1e-7.</source>
        <translation>Adam&apos;s epsilon. Default: 1e-7.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="207"/>
        <source>Learning-rate schedule: constant, step (times --lr-decay-rate every --lr-decay-every steps) or warmup (from --warmup-from up to the learning rate over --warmup steps). Default: constant.</source>
        <translation>Learning-rate schedule: constant, step (times --lr-decay-rate every --lr-decay-every steps) or warmup (from --warmup-from up to the learning rate over --warmup steps). Default: constant.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="214"/>
        <source>What a schedule&apos;s steps count: weight updates (a Keras LearningRateSchedule) or epochs (the LearningRateScheduler callback). Default: update.</source>
        <translation>What a schedule&apos;s steps count: weight updates (a Keras LearningRateSchedule) or epochs (the LearningRateScheduler callback). Default: update.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="220"/>
        <source>Step decay: the learning rate&apos;s factor per step, in (0, 1]. Default: 0.5.</source>
        <translation>Step decay: the learning rate&apos;s factor per step, in (0, 1]. Default: 0.5.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="225"/>
        <source>Step decay: updates (or epochs) per step. Default: 1.</source>
        <translation>Step decay: updates (or epochs) per step. Default: 1.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="229"/>
        <source>Warm-up: its length in updates (or epochs). Default: 1.</source>
        <translation>Warm-up: its length in updates (or epochs). Default: 1.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="233"/>
        <source>Warm-up: the learning rate it starts from. Default: 0.</source>
        <translation>Warm-up: the learning rate it starts from. Default: 0.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="237"/>
        <source>Multiply the batch size by K every --batch-growth-every epochs (successive fit calls). Default: 1 (no growth).</source>
        <translation>Multiply the batch size by K every --batch-growth-every epochs (successive fit calls). Default: 1 (no growth).</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="242"/>
        <source>Epochs of each batch size when the batch grows. Default: 1.</source>
        <translation>Epochs of each batch size when the batch grows. Default: 1.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="247"/>
        <source>Stop when the validation accuracy reaches --goal-value (or the validation loss falls to it). Default: none.</source>
        <translation>Stop when the validation accuracy reaches --goal-value (or the validation loss falls to it). Default: none.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="252"/>
        <source>The goal&apos;s accuracy or loss. Default: 0.95.</source>
        <translation>The goal&apos;s accuracy or loss. Default: 0.95.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="256"/>
        <source>Also check the goal every N updates (0: at epoch ends only). Default: 0.</source>
        <translation>Also check the goal every N updates (0: at epoch ends only). Default: 0.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="261"/>
        <source>Measure the gradient noise scale B_simple every E epochs (0: never). Default: 0.</source>
        <translation>Measure the gradient noise scale B_simple every E epochs (0: never). Default: 0.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="138"/>
        <source>Batch size. Default: 4.</source>
        <translation>Batch size. Default: 4.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="142"/>
        <source>Epochs. Default: 300.</source>
        <translation>Epochs. Default: 300.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="146"/>
        <source>Reshuffle the training rows before every epoch. Default: true.</source>
        <translation>Reshuffle the training rows before every epoch. Default: true.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="120"/>
        <source>Use the last fraction V of the rows for validation, as Keras does (instead of a separate validation set).</source>
        <translation>Use the last fraction V of the rows for validation, as Keras does (instead of a separate validation set).</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="72"/>
        <source>Generated data: moons, circles, spiral, xor, blobs, sine, polynomial, k-blobs or k-spiral (k classes, see --classes), or digits (1,797 handwritten 8x8 digits, 10 classes). Default: moons.</source>
        <translation>Generated data: moons, circles, spiral, xor, blobs, sine, polynomial, k-blobs or k-spiral (k classes, see --classes), or digits (1,797 handwritten 8x8 digits, 10 classes). Default: moons.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="180"/>
        <source>Stop when the monitored loss stops improving.</source>
        <translation>Stop when the monitored loss stops improving.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="184"/>
        <source>Early stopping: what to watch. Default: val_loss.</source>
        <translation>Early stopping: what to watch. Default: val_loss.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="193"/>
        <source>Early stopping: epochs without improvement before stopping. Default: 0.</source>
        <translation>Early stopping: epochs without improvement before stopping. Default: 0.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="188"/>
        <source>Early stopping: the smallest change that counts as an improvement. Default: 0.</source>
        <translation>Early stopping: the smallest change that counts as an improvement. Default: 0.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="199"/>
        <source>Early stopping: end with the weights of the best epoch.</source>
        <translation>Early stopping: end with the weights of the best epoch.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="203"/>
        <source>Early stopping: ignore the first N epochs. Default: 0.</source>
        <translation>Early stopping: ignore the first N epochs. Default: 0.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="160"/>
        <source>Train one run per value of one setting and compare them, e.g. batch-size=1,4,30, epochs=50,300, optimizer=sgd,adam or learning-rate=0.001,0.01,0.1: runs.csv, run-1/, run-2/, ... and the overlay plots compare_per_epoch, compare_per_update, compare_per_sample and compare_per_second.</source>
        <translation>Train one run per value of one setting and compare them, e.g. batch-size=1,4,30, epochs=50,300, optimizer=sgd,adam or learning-rate=0.001,0.01,0.1: runs.csv, run-1/, run-2/, ... and the overlay plots compare_per_epoch, compare_per_update, compare_per_sample and compare_per_second.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="167"/>
        <source>Train every value of batch-size, epochs or learning-rate with --seeds seeds each, e.g. batch-size=1,2,4,8,16,30 (batch-size alone: 1, 2, 4, ... up to the training rows, and that number): sweep.csv, sweep_summary.csv (mean and standard deviation per value) and the plots sweep and sweep_cost.</source>
        <translation>Train every value of batch-size, epochs or learning-rate with --seeds seeds each, e.g. batch-size=1,2,4,8,16,30 (batch-size alone: 1, 2, 4, ... up to the training rows, and that number): sweep.csv, sweep_summary.csv (mean and standard deviation per value) and the plots sweep and sweep_cost.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="195"/>
        <source>With --sweep batch-size: learning rate × B / B0, with B0 the --batch-size given (linear scaling rule).</source>
        <translation>With --sweep batch-size: learning rate × B / B0, with B0 the --batch-size given (linear scaling rule).</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="198"/>
        <source>With --sweep: seed S also generates the data (as --seed S).</source>
        <translation>With --sweep: seed S also generates the data (as --seed S).</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="199"/>
        <source>No progress bar.</source>
        <translation>No progress bar.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="201"/>
        <source>When stderr is not a terminal: a progress line every SECONDS of training (0: after every epoch). Default: 10.</source>
        <translation>When stderr is not a terminal: a progress line every SECONDS of training (0: after every epoch). Default: 10.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="277"/>
        <source>--%1 %2, not &apos;%3&apos;</source>
        <translation>--%1 %2, not &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="287"/>
        <source>needs a whole number from %1 to %2</source>
        <translation>needs a whole number from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="295"/>
        <source>needs a whole number &gt;= 0</source>
        <translation>needs a whole number &gt;= 0</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="311"/>
        <source>needs a number in %1</source>
        <translation>needs a number in %1</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="324"/>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="331"/>
        <source>must be one of %1</source>
        <translation>must be one of %1</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="352"/>
        <location filename="../../app/headless.cpp" line="1294"/>
        <source>--out DIR is required (where to write the files)</source>
        <translation>--out DIR is required (where to write the files)</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="355"/>
        <source>--out needs a directory name</source>
        <translation>--out needs a directory name</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="359"/>
        <source>needs a list of csv, png, svg, pdf, record</source>
        <translation>needs a list of csv, png, svg, pdf, record</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="371"/>
        <source>lists &apos;%1&apos;; the choices are csv, png, svg, pdf, record</source>
        <translation>lists &apos;%1&apos;; the choices are csv, png, svg, pdf, record</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="381"/>
        <source>needs WIDTHxHEIGHT from 200x150 to 10000x10000</source>
        <translation>needs WIDTHxHEIGHT from 200x150 to 10000x10000</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="408"/>
        <source>--dataset and --data exclude each other (generated data or a file)</source>
        <translation>--dataset and --data exclude each other (generated data or a file)</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="414"/>
        <source>--%1 goes with --data FILE.csv</source>
        <translation>--%1 goes with --data FILE.csv</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="418"/>
        <source>--%1 is for generated data; it cannot go with --data</source>
        <translation>--%1 is for generated data; it cannot go with --data</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="425"/>
        <source>--monitor, --patience, --min-delta, --restore-best-weights and --start-from-epoch go with --early-stopping</source>
        <translation>--monitor, --patience, --min-delta, --restore-best-weights and --start-from-epoch go with --early-stopping</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="448"/>
        <source>needs a column name or number</source>
        <translation>needs a column name or number</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="451"/>
        <source>needs a column number from 1</source>
        <translation>needs a column number from 1</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="466"/>
        <source>must be auto, yes or no</source>
        <translation>must be auto, yes or no</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="529"/>
        <source>these settings cannot train: %1</source>
        <translation>these settings cannot train: %1</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="533"/>
        <source>--early-stopping watches val_loss, but there are no validation rows: give --validation-split or --val-size, or --monitor loss</source>
        <translation>--early-stopping watches val_loss, but there are no validation rows: give --validation-split or --val-size, or --monitor loss</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="585"/>
        <source>about %1 s left</source>
        <translation>about %1 s left</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="588"/>
        <source>epoch %1/%2, update %3/%4 (%5 %), %6 s, %7</source>
        <translation>epoch %1/%2, update %3/%4 (%5 %), %6 s, %7</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="606"/>
        <source>epoch %1/%2, update %3/%4</source>
        <translation>epoch %1/%2, update %3/%4</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="631"/>
        <location filename="../../app/headless.cpp" line="1387"/>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="661"/>
        <source>BatchLab · %1 · after %2 epochs (%3 updates)</source>
        <translation>BatchLab · %1 · after %2 epochs (%3 updates)</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="709"/>
        <location filename="../../app/headless.cpp" line="837"/>
        <location filename="../../app/headless.cpp" line="1048"/>
        <location filename="../../app/headless.cpp" line="1231"/>
        <location filename="../../app/headless.cpp" line="1317"/>
        <source>cannot create the directory %1</source>
        <translation>cannot create the directory %1</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="774"/>
        <source>needs NAME=VALUE,VALUE,... (for example batch-size=1,4,30)</source>
        <translation>needs NAME=VALUE,VALUE,... (for example batch-size=1,4,30)</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="782"/>
        <source>names &apos;%1&apos;, which is not a setting with a value (for example batch-size, epochs, optimizer, learning-rate)</source>
        <translation>names &apos;%1&apos;, which is not a setting with a value (for example batch-size, epochs, optimizer, learning-rate)</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="787"/>
        <source>--compare %1=... and --%1 cannot be given together</source>
        <translation>--compare %1=... and --%1 cannot be given together</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="794"/>
        <source>needs from 1 to 12 values</source>
        <translation>needs from 1 to 12 values</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="916"/>
        <source>BatchLab · comparing %1 = %2 · solid: validation loss, dashed: training loss</source>
        <translation>BatchLab · comparing %1 = %2 · solid: validation loss, dashed: training loss</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="946"/>
        <source>needs batch-size, epochs or learning-rate, optionally with =VALUE,VALUE,... (for example batch-size=1,2,4,8,16,30)</source>
        <translation>needs batch-size, epochs or learning-rate, optionally with =VALUE,VALUE,... (for example batch-size=1,2,4,8,16,30)</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="952"/>
        <source>--sweep %1=... and --%1 cannot be given together</source>
        <translation>--sweep %1=... and --%1 cannot be given together</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="955"/>
        <source>--sweep sets --%1 to each seed 1..K (--seeds K); it cannot be given</source>
        <translation>--sweep sets --%1 to each seed 1..K (--seeds K); it cannot be given</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="961"/>
        <source>lists more than %1 values (the sweep value limit)</source>
        <translation>lists more than %1 values (the sweep value limit)</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="967"/>
        <source>lists &apos;%1&apos;, which is not a number</source>
        <translation>lists &apos;%1&apos;, which is not a number</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1034"/>
        <source>--sweep and --%1 cannot be given together</source>
        <translation>--sweep and --%1 cannot be given together</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1056"/>
        <source>--sweep %1=%2, seed %3: %4</source>
        <translation>--sweep %1=%2, seed %3: %4</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1063"/>
        <source>sweep: %1 of %2 runs done</source>
        <translation>sweep: %1 of %2 runs done</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1080"/>
        <source>--sweep: the gradient-noise and cost meters measure generated data only; noise.csv and cost.csv are not written for --data</source>
        <translation>--sweep: the gradient-noise and cost meters measure generated data only; noise.csv and cost.csv are not written for --data</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1104"/>
        <source>BatchLab · %1</source>
        <translation>BatchLab · %1</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1118"/>
        <source>BatchLab · sweep of %1 = %2 · %3 seeds each · %4</source>
        <translation>BatchLab · sweep of %1 = %2 · %3 seeds each · %4</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1150"/>
        <source>needs 1 to %1 numbers separated by commas</source>
        <translation>needs 1 to %1 numbers separated by commas</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1156"/>
        <source>lists &apos;%1&apos;, which is not a whole number from 1 to 1000000</source>
        <translation>lists &apos;%1&apos;, which is not a whole number from 1 to 1000000</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1159"/>
        <source>lists &apos;%1&apos;, which is not a number in (0, 1000000]</source>
        <translation>lists &apos;%1&apos;, which is not a number in (0, 1000000]</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1177"/>
        <source>needs critical-batch, noise-scale, linear-scaling, increase-batch or all, not &apos;%1&apos;</source>
        <translation>needs critical-batch, noise-scale, linear-scaling, increase-batch or all, not &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1184"/>
        <source>needs critical-batch, noise-scale, linear-scaling, increase-batch or all</source>
        <translation>needs critical-batch, noise-scale, linear-scaling, increase-batch or all</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1194"/>
        <source>--experiment and --%1 cannot be given together</source>
        <translation>--experiment and --%1 cannot be given together</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1199"/>
        <source>--batch-sizes and --learning-rates go with --experiment critical-batch</source>
        <translation>--batch-sizes and --learning-rates go with --experiment critical-batch</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1241"/>
        <source>--experiment %1, run %2: %3</source>
        <translation>--experiment %1, run %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1246"/>
        <source>%1: %2 of %3 runs done</source>
        <translation>%1: %2 of %3 runs done</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1264"/>
        <source>critical-batch: S_min %1, E_min %2, B_crit %3 (fit on the mean updates per batch size)</source>
        <translation>critical-batch: S_min %1, E_min %2, B_crit %3 (fit on the mean updates per batch size)</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1272"/>
        <source>BatchLab · %1 · %2 · %3 seeds</source>
        <translation>BatchLab · %1 · %2 · %3 seeds</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1337"/>
        <location filename="../../app/headless.cpp" line="1350"/>
        <source>cannot write into %1: %2</source>
        <translation>cannot write into %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1343"/>
        <source>cannot create the directory %1: %2</source>
        <translation>cannot create the directory %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1370"/>
        <source>cannot move the outputs into %1</source>
        <translation>cannot move the outputs into %1</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1389"/>
        <source>a folder of that name is in the way; nothing was replaced</source>
        <translation>a folder of that name is in the way; nothing was replaced</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1391"/>
        <source>a file of that name is in the way; nothing was replaced</source>
        <translation>a file of that name is in the way; nothing was replaced</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1411"/>
        <source>cannot move the outputs into %1: %2 is in the way</source>
        <translation>cannot move the outputs into %1: %2 is in the way</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1418"/>
        <source>cannot move %1 into %2: %3</source>
        <translation>cannot move %1 into %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1465"/>
        <source>--%1 goes with --experiment critical-batch</source>
        <translation>--%1 goes with --experiment critical-batch</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1471"/>
        <source>--%1 goes with --sweep</source>
        <translation>--%1 goes with --sweep</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1474"/>
        <source>--compare and --replay cannot be given together</source>
        <translation>--compare and --replay cannot be given together</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1485"/>
        <source>--replay trains the record as it is written; --%1 cannot be combined with it</source>
        <translation>--replay trains the record as it is written; --%1 cannot be combined with it</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1609"/>
        <source>there was not enough memory for this run (try fewer rows, a smaller batch or a smaller network)</source>
        <translation>there was not enough memory for this run (try fewer rows, a smaller batch or a smaller network)</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1613"/>
        <source>the run failed: %1</source>
        <translation>the run failed: %1</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1616"/>
        <source>the run failed for an unknown reason</source>
        <translation>the run failed for an unknown reason</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="753"/>
        <source>the run cannot train: %1</source>
        <translation>the run cannot train: %1</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="127"/>
        <source>Your own data: a CSV file, one row per sample (UTF-8, UTF-16 or CP949; &apos;,&apos;, &apos;;&apos; or tab; decimal commas with &apos;;&apos;). The last 0.2 of the rows are held back for validation, as in the window (--validation-split V, or --no-validation).</source>
        <translation>Your own data: a CSV file, one row per sample (UTF-8, UTF-16 or CP949; &apos;,&apos;, &apos;;&apos; or tab; decimal commas with &apos;;&apos;). The last 0.2 of the rows are held back for validation, as in the window (--validation-split V, or --no-validation).</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="132"/>
        <source>With --data: the input columns, by header name or number from 1, comma-separated. Default: every column but the target.</source>
        <translation>With --data: the input columns, by header name or number from 1, comma-separated. Default: every column but the target.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="136"/>
        <source>With --data: columns to leave out (names, IDs, dates), by header name or number from 1, comma-separated.</source>
        <translation>With --data: columns to leave out (names, IDs, dates), by header name or number from 1, comma-separated.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="139"/>
        <source>With --data: leave out rows with an empty or NA cell (and say how many).</source>
        <translation>With --data: leave out rows with an empty or NA cell (and say how many).</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="142"/>
        <source>With --data: train on every row; no validation split.</source>
        <translation>With --data: train on every row; no validation split.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="150"/>
        <source>With --data: the kind of task. Default: auto (two values or words: binary classification; three or more words or whole numbers: classes, softmax; else regression).</source>
        <translation>With --data: the kind of task. Default: auto (two values or words: binary classification; three or more words or whole numbers: classes, softmax; else regression).</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="174"/>
        <source>The science of batch size on the digits (other settings given override the experiment&apos;s): critical-batch, noise-scale, linear-scaling, increase-batch or all, comma-separated. For each: NAME.csv (one row per run), NAME_epochs.csv, the fitted numbers (critical_batch_fit.csv) and its plots. See docs/SCIENCE.md.</source>
        <translation>The science of batch size on the digits (other settings given override the experiment&apos;s): critical-batch, noise-scale, linear-scaling, increase-batch or all, comma-separated. For each: NAME.csv (one row per run), NAME_epochs.csv, the fitted numbers (critical_batch_fit.csv) and its plots. See docs/SCIENCE.md.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="181"/>
        <source>With --experiment critical-batch: the batch sizes. Default: 1, 2, 4, ... up to the training rows.</source>
        <translation>With --experiment critical-batch: the batch sizes. Default: 1, 2, 4, ... up to the training rows.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="184"/>
        <source>With --experiment critical-batch: the learning rates tried for every batch size (the fewest updates count). Default: the learning rate times 1/3, 1, 3, 9 and 27.</source>
        <translation>With --experiment critical-batch: the learning rates tried for every batch size (the fewest updates count). Default: the learning rate times 1/3, 1, 3, 9 and 27.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="188"/>
        <source>With --sweep or --experiment: seeds 1..K per value; seed S sets the initial weights&apos; and the shuffling&apos;s seeds. Default: 5 (--experiment: 2).</source>
        <translation>With --sweep or --experiment: seeds 1..K per value; seed S sets the initial weights&apos; and the shuffling&apos;s seeds. Default: 5 (--experiment: 2).</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="192"/>
        <source>With --sweep or --experiment: runs trained at once. Default: the number of processor cores.</source>
        <translation>With --sweep or --experiment: runs trained at once. Default: the number of processor cores.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="477"/>
        <source>must be auto, regression, binary or classes</source>
        <translation>must be auto, regression, binary or classes</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="490"/>
        <source>--no-validation and --validation-split exclude each other</source>
        <translation>--no-validation and --validation-split exclude each other</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/headless.cpp" line="507"/>
        <source>%1: %n row(s) with an empty or NA cell left out (the first on line %2)</source>
        <translation>
            <numerusform>%1: %n row with an empty or NA cell left out (the first on line %2)</numerusform>
            <numerusform>%1: %n rows with an empty or NA cell left out (the first on line %2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="727"/>
        <location filename="../../app/headless.cpp" line="1507"/>
        <source>--write record: %1 (leave out record)</source>
        <translation>--write record: %1 (leave out record)</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1523"/>
        <source>the replay differs from the record: %1</source>
        <translation>the replay differs from the record: %1</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1524"/>
        <source>the final weights differ</source>
        <translation>the final weights differ</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1529"/>
        <source>the replay reproduces the record exactly (%1 epochs, %2 updates)</source>
        <translation>the replay reproduces the record exactly (%1 epochs, %2 updates)</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1577"/>
        <source>Trains a run without a window and writes its histories, plots and run record.
Without settings it trains the window&apos;s default run. Exit codes: 0 done, 2 bad arguments or input, 1 anything else.</source>
        <translation>Trains a run without a window and writes its histories, plots and run record.
Without settings it trains the window&apos;s default run. Exit codes: 0 done, 2 bad arguments or input, 1 anything else.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1587"/>
        <source>Try &apos;batchlab --headless --help&apos;.</source>
        <translation>Try &apos;batchlab --headless --help&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1595"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unexpected argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="119"/>
        <source>Write the printable worksheet of a lesson (its id, e.g. more-epochs) and its answer key as PDF into --out.</source>
        <translation>Write the printable worksheet of a lesson (its id, e.g. more-epochs) and its answer key as PDF into --out.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="122"/>
        <source>Language of the worksheet: en or ko. Default: en.</source>
        <translation>Language of the worksheet: en or ko. Default: en.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1297"/>
        <source>needs one of %1</source>
        <translation>needs one of %1</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1312"/>
        <source>needs a lesson: %1</source>
        <translation>needs a lesson: %1</translation>
    </message>
</context>
<context>
    <name>ImageExporter</name>
    <message>
        <location filename="../../ui/plots/image_exporter.cpp" line="181"/>
        <source>Could not write %1:
%2</source>
        <translation>Could not write %1:
%2</translation>
    </message>
    <message>
        <location filename="../../ui/plots/image_exporter.cpp" line="227"/>
        <source>the %1 could not be drawn</source>
        <translation>the %1 could not be drawn</translation>
    </message>
    <message>
        <location filename="../../ui/plots/image_exporter.cpp" line="261"/>
        <source>unknown image format &apos;%1&apos; (use PNG, JPG, BMP, PDF or SVG)</source>
        <translation>unknown image format &apos;%1&apos; (use PNG, JPG, BMP, PDF or SVG)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/image_exporter.cpp" line="268"/>
        <source>the image size %1 × %2 (scale %3) is out of range</source>
        <translation>the image size %1 × %2 (scale %3) is out of range</translation>
    </message>
</context>
<context>
    <name>Meters</name>
    <message>
        <location filename="../../app/headless_meters.cpp" line="43"/>
        <source>the weights have %1 values; the network has %2</source>
        <translation>the weights have %1 values; the network has %2</translation>
    </message>
    <message>
        <location filename="../../app/headless_meters.cpp" line="59"/>
        <source>the meters cannot measure this: %1</source>
        <translation>the meters cannot measure this: %1</translation>
    </message>
    <message>
        <location filename="../../app/headless_meters.cpp" line="63"/>
        <source>cannot create the directory %1</source>
        <translation>cannot create the directory %1</translation>
    </message>
</context>
<context>
    <name>RunDescription</name>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="12"/>
        <source>Two moons</source>
        <translation>Two moons</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="14"/>
        <source>Circles</source>
        <translation>Circles</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="16"/>
        <source>Spiral</source>
        <translation>Spiral</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="18"/>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="20"/>
        <source>Blobs</source>
        <translation>Blobs</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="22"/>
        <source>Sine (regression)</source>
        <translation>Sine (regression)</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="24"/>
        <source>Polynomial (regression)</source>
        <translation>Polynomial (regression)</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="26"/>
        <source>k blobs (k classes)</source>
        <translation>k blobs (k classes)</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="28"/>
        <source>k-arm spiral (k classes)</source>
        <translation>k-arm spiral (k classes)</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="30"/>
        <source>Handwritten digits (10 classes)</source>
        <translation>Handwritten digits (10 classes)</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="54"/>
        <source>idle</source>
        <translation>idle</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="56"/>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="56"/>
        <source>training</source>
        <translation>training</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="58"/>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="60"/>
        <source>stopped early at epoch %1</source>
        <translation>stopped early at epoch %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="62"/>
        <source>diverged</source>
        <translation>diverged</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="64"/>
        <source>stopped at epoch %1</source>
        <translation>stopped at epoch %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="66"/>
        <source>cannot train</source>
        <translation>cannot train</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="75"/>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="77"/>
        <source>SGD with momentum</source>
        <translation>SGD with momentum</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="79"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="87"/>
        <source>No training rows</source>
        <translation>No training rows</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/session/run_description.cpp" line="91"/>
        <source>N = %1, B = %2: %n weight update(s) per epoch (last batch: %3)</source>
        <translation>
            <numerusform>N = %1, B = %2: %n weight update per epoch (last batch: %3)</numerusform>
            <numerusform>N = %1, B = %2: %n weight updates per epoch (last batch: %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/session/run_description.cpp" line="103"/>
        <source>%n epoch(s) × %1 = %2 weight updates in all</source>
        <translation>
            <numerusform>%n epoch × %1 = %2 weight updates in all</numerusform>
            <numerusform>%n epochs × %1 = %2 weight updates in all</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="116"/>
        <source>validation_split %1</source>
        <translation>validation_split %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="117"/>
        <source>validation %1 rows</source>
        <translation>validation %1 rows</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="120"/>
        <source>, EarlyStopping(patience %1, min_delta %2%3)</source>
        <translation>, EarlyStopping(patience %1, min_delta %2%3)</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="123"/>
        <source>, restore best</source>
        <translation>, restore best</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="126"/>
        <source>%1, N = %2, noise %3, seed %4</source>
        <translation>%1, N = %2, noise %3, seed %4</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="131"/>
        <source>%1, N = %2, seed %3</source>
        <translation>%1, N = %2, seed %3</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="135"/>
        <source>%1, %2 · network %3-%4%5 %6, init seed %7 · %8 lr %9 · batch_size %10, epochs %11, shuffle %12%13</source>
        <translation>%1, %2 · network %3-%4%5 %6, init seed %7 · %8 lr %9 · batch_size %10, epochs %11, shuffle %12%13</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="148"/>
        <location filename="../../ui/session/run_description.cpp" line="174"/>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="148"/>
        <location filename="../../ui/session/run_description.cpp" line="174"/>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="161"/>
        <source>%1 (%2 training rows, %3 validation rows) · network %4-%5%6 %7 · %8 lr %9 · batch_size %10, epochs %11, shuffle %12</source>
        <translation>%1 (%2 training rows, %3 validation rows) · network %4-%5%6 %7 · %8 lr %9 · batch_size %10, epochs %11, shuffle %12</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="163"/>
        <source>your data</source>
        <translation>your data</translation>
    </message>
</context>
<context>
    <name>Worksheet</name>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="207"/>
        <location filename="../../ui/teaching/worksheet.cpp" line="227"/>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="315"/>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="422"/>
        <location filename="../../ui/teaching/worksheet.cpp" line="1034"/>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="486"/>
        <source>the lesson cannot be run: %1</source>
        <translation>the lesson cannot be run: %1</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="771"/>
        <location filename="../../ui/teaching/worksheet.cpp" line="956"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="771"/>
        <location filename="../../ui/teaching/worksheet.cpp" line="956"/>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="758"/>
        <source>Step %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="820"/>
        <location filename="../../ui/teaching/worksheet.cpp" line="848"/>
        <source>Check question</source>
        <translation>Check question</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="824"/>
        <source>Your prediction, before running:</source>
        <translation>Your prediction, before running:</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="825"/>
        <source>What the run gave:</source>
        <translation>What the run gave:</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="827"/>
        <location filename="../../ui/teaching/worksheet.cpp" line="860"/>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="847"/>
        <location filename="../../ui/teaching/worksheet.cpp" line="977"/>
        <location filename="../../ui/teaching/worksheet.cpp" line="980"/>
        <location filename="../../ui/teaching/worksheet.cpp" line="1038"/>
        <source>Answer key</source>
        <translation>Answer key</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="854"/>
        <source>Answer: %1</source>
        <translation>Answer: %1</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="852"/>
        <source>Answer: %1 (answers within %2 of it count as right)</source>
        <translation>Answer: %1 (answers within %2 of it count as right)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="534"/>
        <location filename="../../ui/teaching/worksheet.cpp" line="909"/>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="534"/>
        <source>Checks per pass</source>
        <translation>Checks per pass</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="535"/>
        <location filename="../../ui/teaching/worksheet.cpp" line="912"/>
        <source>Weight updates</source>
        <translation>Weight updates</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="535"/>
        <source>Questions solved</source>
        <translation>Questions solved</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="536"/>
        <source>Seconds</source>
        <translation>Seconds</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="536"/>
        <location filename="../../ui/teaching/worksheet.cpp" line="600"/>
        <source>Memory per batch (bytes)</source>
        <translation>Memory per batch (bytes)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="537"/>
        <source>Validation loss at the end</source>
        <translation>Validation loss at the end</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="577"/>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="578"/>
        <source>Best validation loss (mean ± spread)</source>
        <translation>Best validation loss (mean ± spread)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="579"/>
        <source>Final validation − training loss</source>
        <translation>Final validation − training loss</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="580"/>
        <source>Weight updates to the best epoch</source>
        <translation>Weight updates to the best epoch</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="599"/>
        <source>Weight updates per pass</source>
        <translation>Weight updates per pass</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="600"/>
        <source>Seconds per pass</source>
        <translation>Seconds per pass</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="601"/>
        <source>Questions per second</source>
        <translation>Questions per second</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teaching/worksheet.cpp" line="794"/>
        <source>After %n epoch(s) the model answers every practice question right.</source>
        <translation>
            <numerusform>After %n epoch the model answers every practice question right.</numerusform>
            <numerusform>After %n epochs the model answers every practice question right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teaching/worksheet.cpp" line="797"/>
        <source>Practice questions the model still gets wrong after %n epoch(s): %1 (the answer sheet&apos;s answer above, the model&apos;s answer in red below)</source>
        <translation>
            <numerusform>Practice questions the model still gets wrong after %n epoch: %1 (the answer sheet&apos;s answer above, the model&apos;s answer in red below)</numerusform>
            <numerusform>Practice questions the model still gets wrong after %n epochs: %1 (the answer sheet&apos;s answer above, the model&apos;s answer in red below)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="815"/>
        <source>Your notes: what do you read here?</source>
        <translation>Your notes: what do you read here?</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="913"/>
        <source>Best epoch</source>
        <translation>Best epoch</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="914"/>
        <source>Best validation loss</source>
        <translation>Best validation loss</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="915"/>
        <source>Overfitting from epoch</source>
        <translation>Overfitting from epoch</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="934"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="947"/>
        <source>No shown run has ended yet: let the runs to compare finish, then export.</source>
        <translation>No shown run has ended yet: let the runs to compare finish, then export.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="953"/>
        <source>Comparing runs</source>
        <translation>Comparing runs</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="958"/>
        <source>The same questions trained with different settings. Solid lines: the loss on the new exam (validation); dashed: on the practice exam (training).</source>
        <translation>The same questions trained with different settings. Solid lines: the loss on the new exam (validation); dashed: on the practice exam (training).</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="963"/>
        <source>Loss per epoch (one pass over the exam)</source>
        <translation>Loss per epoch (one pass over the exam)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="965"/>
        <source>Which run learns the most per epoch? Why?</source>
        <translation>Which run learns the most per epoch? Why?</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="966"/>
        <source>The same runs per weight update</source>
        <translation>The same runs per weight update</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="968"/>
        <source>Which run learns the most per weight update (answer-sheet check)? Why?</source>
        <translation>Which run learns the most per weight update (answer-sheet check)? Why?</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="969"/>
        <source>Fill in the table: the best epoch, its validation loss and where each run starts to memorise the practice exam (overfitting).</source>
        <translation>Fill in the table: the best epoch, its validation loss and where each run starts to memorise the practice exam (overfitting).</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="988"/>
        <location filename="../../ui/teaching/worksheet.cpp" line="994"/>
        <source>Export worksheet of these runs</source>
        <translation>Export worksheet of these runs</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="1135"/>
        <location filename="../../ui/teaching/worksheet.cpp" line="1140"/>
        <location filename="../../ui/teaching/worksheet.cpp" line="1148"/>
        <location filename="../../ui/teaching/worksheet.cpp" line="1164"/>
        <location filename="../../ui/teaching/worksheet.cpp" line="1168"/>
        <source>Export worksheet</source>
        <translation>Export worksheet</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="1135"/>
        <source>Lesson:</source>
        <translation>Lesson:</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="989"/>
        <location filename="../../ui/teaching/worksheet.cpp" line="1142"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="1146"/>
        <source>Training the lesson&apos;s runs and drawing its pages...</source>
        <translation>Training the lesson&apos;s runs and drawing its pages...</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="1147"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="1165"/>
        <source>Wrote the worksheet %1 and its answer key %2.</source>
        <translation>Wrote the worksheet %1 and its answer key %2.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.cpp" line="102"/>
        <source>See what batch_size and epochs mean while a neural network trains.</source>
        <translation>See what batch_size and epochs mean while a neural network trains.</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="108"/>
        <source>Train, save an image of the whole window to &lt;file&gt; and exit.</source>
        <translation>Train, save an image of the whole window to &lt;file&gt; and exit.</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="113"/>
        <source>With --screenshot: train &lt;k&gt; epochs first (default: the whole run).</source>
        <translation>With --screenshot: train &lt;k&gt; epochs first (default: the whole run).</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="118"/>
        <source>Start from the default settings, not the saved ones.</source>
        <translation>Start from the default settings, not the saved ones.</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="122"/>
        <source>The interface language for this start: en or ko (default: as chosen in View &gt; Language, else the system&apos;s).</source>
        <translation>The interface language for this start: en or ko (default: as chosen in View &gt; Language, else the system&apos;s).</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="128"/>
        <source>Open the classroom scenario &lt;file&gt; (settings, lesson, font size and the controls students may use).</source>
        <translation>Open the classroom scenario &lt;file&gt; (settings, lesson, font size and the controls students may use).</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="136"/>
        <source>The window&apos;s size, WIDTHxHEIGHT (for --screenshot: the screen it pretends to be on).</source>
        <translation>The window&apos;s size, WIDTHxHEIGHT (for --screenshot: the screen it pretends to be on).</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="144"/>
        <source>Start in classroom mode (large fonts, high contrast).</source>
        <translation>Start in classroom mode (large fonts, high contrast).</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="149"/>
        <source>A run record (.json) to open as it was recorded, or a CSV file of your own questions to train on.</source>
        <translation>A run record (.json) to open as it was recorded, or a CSV file of your own questions to train on.</translation>
    </message>
</context>
<context>
    <name>ui::AdaptiveLayout</name>
    <message>
        <location filename="../../ui/window/adaptive_layout.cpp" line="52"/>
        <source>Double-click to let this plot fill the area (Esc to return)</source>
        <translation>Double-click to let this plot fill the area (Esc to return)</translation>
    </message>
    <message>
        <location filename="../../ui/window/adaptive_layout.cpp" line="55"/>
        <source>&amp;Focus plot</source>
        <translation>&amp;Focus plot</translation>
    </message>
    <message>
        <location filename="../../ui/window/adaptive_layout.cpp" line="66"/>
        <source>&amp;Loss per epoch</source>
        <translation>&amp;Loss per epoch</translation>
    </message>
    <message>
        <location filename="../../ui/window/adaptive_layout.cpp" line="67"/>
        <source>Loss per &amp;update</source>
        <translation>Loss per &amp;update</translation>
    </message>
    <message>
        <location filename="../../ui/window/adaptive_layout.cpp" line="68"/>
        <source>&amp;Practice exam and answers</source>
        <translation>&amp;Practice exam and answers</translation>
    </message>
    <message>
        <location filename="../../ui/window/adaptive_layout.cpp" line="70"/>
        <source>&amp;All plots</source>
        <translation>&amp;All plots</translation>
    </message>
    <message>
        <location filename="../../ui/window/adaptive_layout.cpp" line="187"/>
        <source>Loss per update and per epoch</source>
        <translation>Loss per update and per epoch</translation>
    </message>
</context>
<context>
    <name>ui::Classroom</name>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="114"/>
        <source>the data</source>
        <translation>the data</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="116"/>
        <source>the validation</source>
        <translation>the validation</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="119"/>
        <source>the model (the window gives every hidden layer the same units)</source>
        <translation>the model (the window gives every hidden layer the same units)</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="121"/>
        <source>the optimizer</source>
        <translation>the optimizer</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="123"/>
        <source>early stopping</source>
        <translation>early stopping</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="124"/>
        <source>batch size, epochs or shuffling</source>
        <translation>batch size, epochs or shuffling</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="284"/>
        <source>&amp;Classroom mode</source>
        <translation>&amp;Classroom mode</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="288"/>
        <source>Large fonts and high contrast for a projector (Ctrl+Shift+C)</source>
        <translation>Large fonts and high contrast for a projector (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="290"/>
        <source>Classroom &amp;setup...</source>
        <translation>Classroom &amp;setup...</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="298"/>
        <source>&amp;Open scenario...</source>
        <translation>&amp;Open scenario...</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="299"/>
        <source>Open a classroom scenario a teacher saved: settings, lesson, font size and the controls students may use.</source>
        <translation>Open a classroom scenario a teacher saved: settings, lesson, font size and the controls students may use.</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="302"/>
        <source>Sa&amp;ve scenario...</source>
        <translation>Sa&amp;ve scenario...</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="303"/>
        <source>Save the settings, the running lesson and the classroom setup as a scenario for students.</source>
        <translation>Save the settings, the running lesson and the classroom setup as a scenario for students.</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="315"/>
        <source>Note from the teacher</source>
        <translation>Note from the teacher</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="584"/>
        <location filename="../../ui/classroom/classroom.cpp" line="633"/>
        <location filename="../../ui/classroom/classroom.cpp" line="642"/>
        <source>This scenario cannot be used</source>
        <translation>This scenario cannot be used</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="585"/>
        <source>The window&apos;s controls cannot show %1 of this scenario as written.</source>
        <translation>The window&apos;s controls cannot show %1 of this scenario as written.</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="616"/>
        <source>Lesson not found</source>
        <translation>Lesson not found</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="617"/>
        <source>This scenario starts the lesson &quot;%1&quot;, which this BatchLab does not have. Its settings are used without the lesson.</source>
        <translation>This scenario starts the lesson &quot;%1&quot;, which this BatchLab does not have. Its settings are used without the lesson.</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="628"/>
        <source>Cannot open the scenario</source>
        <translation>Cannot open the scenario</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="629"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="634"/>
        <source>%1 is too large for a scenario (more than 1 MB).</source>
        <translation>%1 is too large for a scenario (more than 1 MB).</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="642"/>
        <source>%1:
%2</source>
        <translation>%1:
%2</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="654"/>
        <location filename="../../ui/classroom/classroom.cpp" line="665"/>
        <source>Cannot save the scenario</source>
        <translation>Cannot save the scenario</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="655"/>
        <source>A scenario keeps generated questions only, and the questions now come from %1. Save the run instead (File &gt; Save run), or press &quot;Use generated data&quot; first.</source>
        <translation>A scenario keeps generated questions only, and the questions now come from %1. Save the run instead (File &gt; Save run), or press &quot;Use generated data&quot; first.</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="666"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="691"/>
        <source>BatchLab scenarios (*.batchlab-scenario);;JSON files (*.json);;All files (*)</source>
        <translation>BatchLab scenarios (*.batchlab-scenario);;JSON files (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="700"/>
        <source>Open scenario</source>
        <translation>Open scenario</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="708"/>
        <source>Save scenario</source>
        <translation>Save scenario</translation>
    </message>
</context>
<context>
    <name>ui::ClassroomDialog</name>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="134"/>
        <source>Play, Update, Epoch and Reset buttons</source>
        <translation>Play, Update, Epoch and Reset buttons</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="135"/>
        <source>Pace</source>
        <translation>Pace</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="136"/>
        <source>batch_size</source>
        <translation>batch_size</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="137"/>
        <source>epochs</source>
        <translation>epochs</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="138"/>
        <source>Practice exam (data)</source>
        <translation>Practice exam (data)</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="139"/>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="140"/>
        <source>Student (model)</source>
        <translation>Student (model)</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="141"/>
        <source>Correcting mistakes (optimizer)</source>
        <translation>Correcting mistakes (optimizer)</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="142"/>
        <source>Early stopping</source>
        <translation>Early stopping</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="143"/>
        <source>Restore defaults</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="153"/>
        <source>Classroom setup</source>
        <translation>Classroom setup</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="156"/>
        <source>Classroom mode (for a projector)</source>
        <translation>Classroom mode (for a projector)</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="165"/>
        <source>The size of every text in classroom mode, plots included, compared with the desktop&apos;s usual size.</source>
        <translation>The size of every text in classroom mode, plots included, compared with the desktop&apos;s usual size.</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="167"/>
        <source>&amp;Font size</source>
        <translation>&amp;Font size</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="168"/>
        <source>&amp;High contrast (black on white, thicker curves)</source>
        <translation>&amp;High contrast (black on white, thicker curves)</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="175"/>
        <source>All plots (as the window has room)</source>
        <translation>All plots (as the window has room)</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="176"/>
        <source>Loss per epoch</source>
        <translation>Loss per epoch</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="177"/>
        <source>Loss per epoch and the practice exam</source>
        <translation>Loss per epoch and the practice exam</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="179"/>
        <source>Loss per epoch and loss per update</source>
        <translation>Loss per epoch and loss per update</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="181"/>
        <source>Practice exam</source>
        <translation>Practice exam</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="190"/>
        <source>In classroom mode: the plots shown large, with the exam view beside them.</source>
        <translation>In classroom mode: the plots shown large, with the exam view beside them.</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="192"/>
        <source>&amp;Presentation</source>
        <translation>&amp;Presentation</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="195"/>
        <source>Controls the students see</source>
        <translation>Controls the students see</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="197"/>
        <source>&lt;b&gt;Control&lt;/b&gt;</source>
        <translation>&lt;b&gt;Control&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="198"/>
        <source>&lt;b&gt;Hide&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hide&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="199"/>
        <source>&lt;b&gt;Lock&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lock&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="207"/>
        <source>Hide %1</source>
        <translation>Hide %1</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="208"/>
        <source>Lock %1</source>
        <translation>Lock %1</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="209"/>
        <source>Students do not see this control.</source>
        <translation>Students do not see this control.</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="210"/>
        <source>Students see this control but cannot change it.</source>
        <translation>Students see this control but cannot change it.</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="223"/>
        <source>When students open the scenario</source>
        <translation>When students open the scenario</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="225"/>
        <source>Start &amp;paused (the students press Play)</source>
        <translation>Start &amp;paused (the students press Play)</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="230"/>
        <source>e.g. Lesson 3: how many epochs?</source>
        <translation>e.g. Lesson 3: how many epochs?</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="231"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="233"/>
        <source>A note shown to the students, e.g. what to watch for.</source>
        <translation>A note shown to the students, e.g. what to watch for.</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="236"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>ui::ConfusionMatrix</name>
    <message>
        <location filename="../../ui/plots/confusion_matrix.cpp" line="44"/>
        <source>Confusion matrix of the practice exam</source>
        <translation>Confusion matrix of the practice exam</translation>
    </message>
    <message>
        <location filename="../../ui/plots/confusion_matrix.cpp" line="45"/>
        <source>Confusion matrix of the new exam</source>
        <translation>Confusion matrix of the new exam</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plots/confusion_matrix.cpp" line="207"/>
        <source>Answer sheet: %1, model: %2
%n question(s) of the practice exam. Click to select them in the exam view.</source>
        <translation>
            <numerusform>Answer sheet: %1, model: %2
%n question of the practice exam. Click to select it in the exam view.</numerusform>
            <numerusform>Answer sheet: %1, model: %2
%n questions of the practice exam. Click to select them in the exam view.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plots/confusion_matrix.cpp" line="210"/>
        <source>Answer sheet: %1, model: %2
%n question(s) of the new exam.</source>
        <translation>
            <numerusform>Answer sheet: %1, model: %2
%n question of the new exam.</numerusform>
            <numerusform>Answer sheet: %1, model: %2
%n questions of the new exam.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::ControlsPanel</name>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="103"/>
        <source>All settings</source>
        <translation>All settings</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="107"/>
        <source>Show the data, model, optimizer and early-stopping settings too</source>
        <translation>Show the data, model, optimizer and early-stopping settings too</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="122"/>
        <source>Restore defaults</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="123"/>
        <source>Go back to the default run: a small noisy practice exam and a big network that memorises it (overfitting) within seconds.</source>
        <translation>Go back to the default run: a small noisy practice exam and a big network that memorises it (overfitting) within seconds.</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="135"/>
        <source>model.fit(batch_size, epochs)</source>
        <translation>model.fit(batch_size, epochs)</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="145"/>
        <source>batch_size B: how many practice questions you solve before checking them against the answer sheet. Every check is one weight update. B = 1 checks after every question (many small, noisy corrections); B = N checks once per pass over the whole exam.</source>
        <translation>batch_size B: how many practice questions you solve before checking them against the answer sheet. Every check is one weight update. B = 1 checks after every question (many small, noisy corrections); B = N checks once per pass over the whole exam.</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="151"/>
        <source>&amp;batch_size</source>
        <translation>&amp;batch_size</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="171"/>
        <source>epochs E: how many times you solve the whole practice exam. A few passes teach you the material; too many and you memorise this exam&apos;s answers instead (overfitting). Raising it while training continues the same run.</source>
        <translation>epochs E: how many times you solve the whole practice exam. A few passes teach you the material; too many and you memorise this exam&apos;s answers instead (overfitting). Raising it while training continues the same run.</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="176"/>
        <source>e&amp;pochs</source>
        <translation>e&amp;pochs</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="207"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="219"/>
        <source>Pace: from one weight update per second (follow the exam batch by batch), through about 10 seconds a run (watch it unfold) up to full speed. Keys: [ slower, ] faster.</source>
        <translation>Pace: from one weight update per second (follow the exam batch by batch), through about 10 seconds a run (watch it unfold) up to full speed. Keys: [ slower, ] faster.</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="224"/>
        <source>&amp;Pace</source>
        <translation>&amp;Pace</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/controls/controls_panel.cpp" line="233"/>
        <source>%n update(s)/s</source>
        <translation>
            <numerusform>%n update/s</numerusform>
            <numerusform>%n updates/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/controls/controls_panel.cpp" line="234"/>
        <source>about %n s a run</source>
        <translation>
            <numerusform>about %n s a run</numerusform>
            <numerusform>about %n s a run</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="235"/>
        <location filename="../../ui/controls/controls_panel.cpp" line="238"/>
        <source>full speed</source>
        <translation>full speed</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="261"/>
        <source>Practice exam (data)</source>
        <translation>Practice exam (data)</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="270"/>
        <source>Use &amp;generated data</source>
        <translation>Use &amp;generated data</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="272"/>
        <source>Go back to a generated practice exam (the data set, N, noise and seed).</source>
        <translation>Go back to a generated practice exam (the data set, N, noise and seed).</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="283"/>
        <source>What the questions look like: points of two classes to separate (classification) or a curve to follow (regression).</source>
        <translation>What the questions look like: points of two classes to separate (classification) or a curve to follow (regression).</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="285"/>
        <source>&amp;Data set</source>
        <translation>&amp;Data set</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="289"/>
        <source>k: how many classes the answers have (k blobs, k-arm spiral).</source>
        <translation>k: how many classes the answers have (k blobs, k-arm spiral).</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="290"/>
        <source>C&amp;lasses (k)</source>
        <translation>C&amp;lasses (k)</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="294"/>
        <source>Extra input columns of pure noise: each question gets wider, but the answer still depends on the first columns only.</source>
        <translation>Extra input columns of pure noise: each question gets wider, but the answer still depends on the first columns only.</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="296"/>
        <source>E&amp;xtra inputs</source>
        <translation>E&amp;xtra inputs</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="301"/>
        <source>N: the number of questions in the practice exam (training samples).</source>
        <translation>N: the number of questions in the practice exam (training samples).</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="302"/>
        <source>&amp;Questions (N)</source>
        <translation>&amp;Questions (N)</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="309"/>
        <source>How messy the questions are. With more noise, memorising the practice exam helps less on a new one.</source>
        <translation>How messy the questions are. With more noise, memorising the practice exam helps less on a new one.</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="311"/>
        <source>&amp;Noise</source>
        <translation>&amp;Noise</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="315"/>
        <source>Which practice exam (the random seed of the data).</source>
        <translation>Which practice exam (the random seed of the data).</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="316"/>
        <source>Data &amp;seed</source>
        <translation>Data &amp;seed</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="322"/>
        <location filename="../../ui/controls/controls_panel.cpp" line="387"/>
        <source>separate set (validation_data)</source>
        <translation>separate set (validation_data)</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="323"/>
        <source>validation_split</source>
        <translation>validation_split</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="325"/>
        <source>The new, unseen exam that shows whether you learned or memorised: either a separate set of questions, or the last part of the practice exam held back (validation_split, taken before shuffling).</source>
        <translation>The new, unseen exam that shows whether you learned or memorised: either a separate set of questions, or the last part of the practice exam held back (validation_split, taken before shuffling).</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="328"/>
        <source>&amp;Validation</source>
        <translation>&amp;Validation</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="331"/>
        <source>Questions in the separate validation exam.</source>
        <translation>Questions in the separate validation exam.</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="332"/>
        <source>Validation &amp;rows</source>
        <translation>Validation &amp;rows</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="337"/>
        <source>validation_split: the fraction of the practice exam held back as the validation exam (the last rows).</source>
        <translation>validation_split: the fraction of the practice exam held back as the validation exam (the last rows).</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="339"/>
        <source>validation_spli&amp;t</source>
        <translation>validation_spli&amp;t</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="388"/>
        <source>the given validation rows</source>
        <translation>the given validation rows</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="389"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="394"/>
        <source>two classes (classification)</source>
        <translation>two classes (classification)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/controls/controls_panel.cpp" line="396"/>
        <source>%n classes (classification)</source>
        <translation>
            <numerusform>%n class (classification)</numerusform>
            <numerusform>%n classes (classification)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="397"/>
        <source>numbers (regression)</source>
        <translation>numbers (regression)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/controls/controls_panel.cpp" line="398"/>
        <source>%1: %n question(s) with %2 input(s) each, answers are %3</source>
        <translation>
            <numerusform>%1: %n question with %2 input(s) each, answers are %3</numerusform>
            <numerusform>%1: %n questions with %2 input(s) each, answers are %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="399"/>
        <source>Your data</source>
        <translation>Your data</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/controls/controls_panel.cpp" line="403"/>
        <source>and %n validation question(s)</source>
        <translation>
            <numerusform>and %n validation question</numerusform>
            <numerusform>and %n validation questions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="417"/>
        <source>Student (model)</source>
        <translation>Student (model)</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="424"/>
        <source>Hidden layers (Dense). More layers and units: a student with more memory, who can also memorise more.</source>
        <translation>Hidden layers (Dense). More layers and units: a student with more memory, who can also memorise more.</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="426"/>
        <source>Hidden &amp;layers</source>
        <translation>Hidden &amp;layers</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="429"/>
        <source>Units in every hidden layer.</source>
        <translation>Units in every hidden layer.</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="430"/>
        <source>&amp;Units per layer</source>
        <translation>&amp;Units per layer</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="435"/>
        <source>The activation of the hidden layers.</source>
        <translation>The activation of the hidden layers.</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="436"/>
        <source>&amp;Activation</source>
        <translation>&amp;Activation</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="439"/>
        <source>The seed of the initial weights (what the student knows before practising). &quot;Reset&quot; picks the next one.</source>
        <translation>The seed of the initial weights (what the student knows before practising). &quot;Reset&quot; picks the next one.</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="441"/>
        <source>&amp;Initial weights seed</source>
        <translation>&amp;Initial weights seed</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="452"/>
        <source>Correcting mistakes (optimizer)</source>
        <translation>Correcting mistakes (optimizer)</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="458"/>
        <source>How the student corrects after checking a batch. Choosing one sets Keras&apos;s default learning rate (SGD 0.01, Adam 0.001).</source>
        <translation>How the student corrects after checking a batch. Choosing one sets Keras&apos;s default learning rate (SGD 0.01, Adam 0.001).</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="460"/>
        <source>&amp;Optimizer</source>
        <translation>&amp;Optimizer</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="465"/>
        <source>How big each correction is. Too big and the loss explodes (diverges); too small and learning is slow.</source>
        <translation>How big each correction is. Too big and the loss explodes (diverges); too small and learning is slow.</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="467"/>
        <source>Learning &amp;rate</source>
        <translation>Learning &amp;rate</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="468"/>
        <source>&amp;Shuffle every epoch</source>
        <translation>&amp;Shuffle every epoch</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="469"/>
        <source>shuffle=True: solve the questions in a new order on every pass (only the training rows).</source>
        <translation>shuffle=True: solve the questions in a new order on every pass (only the training rows).</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="489"/>
        <source>&amp;Early stopping</source>
        <translation>&amp;Early stopping</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="492"/>
        <source>Stop practising when the score on the new exam (val_loss) has not improved for &apos;patience&apos; passes: too much is as bad as too little.</source>
        <translation>Stop practising when the score on the new exam (val_loss) has not improved for &apos;patience&apos; passes: too much is as bad as too little.</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="497"/>
        <source>patience: passes without improvement before stopping. Also used for the &quot;would stop here&quot; mark when early stopping is off.</source>
        <translation>patience: passes without improvement before stopping. Also used for the &quot;would stop here&quot; mark when early stopping is off.</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="499"/>
        <source>Pa&amp;tience</source>
        <translation>Pa&amp;tience</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="504"/>
        <source>min_delta: an improvement smaller than this does not count.</source>
        <translation>min_delta: an improvement smaller than this does not count.</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="505"/>
        <source>min_&amp;delta</source>
        <translation>min_&amp;delta</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="506"/>
        <source>restore_best_&amp;weights</source>
        <translation>restore_best_&amp;weights</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="507"/>
        <source>At the end, go back to the weights of the best epoch.</source>
        <translation>At the end, go back to the weights of the best epoch.</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="714"/>
        <source>Your teacher locked this control.</source>
        <translation>Your teacher locked this control.</translation>
    </message>
</context>
<context>
    <name>ui::CostPlot</name>
    <message>
        <location filename="../../ui/plots/cost_plot.cpp" line="34"/>
        <source>cost per batch size</source>
        <translation>cost per batch size</translation>
    </message>
    <message>
        <location filename="../../ui/plots/cost_plot.cpp" line="35"/>
        <source>batch size B (log₂ scale)</source>
        <translation>batch size B (log₂ scale)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/cost_plot.cpp" line="36"/>
        <source>seconds (measured)</source>
        <translation>seconds (measured)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/cost_plot.cpp" line="37"/>
        <source>bytes one batch needs</source>
        <translation>bytes one batch needs</translation>
    </message>
    <message>
        <location filename="../../ui/plots/cost_plot.cpp" line="50"/>
        <source>seconds per weight update</source>
        <translation>seconds per weight update</translation>
    </message>
    <message>
        <location filename="../../ui/plots/cost_plot.cpp" line="54"/>
        <source>seconds per epoch</source>
        <translation>seconds per epoch</translation>
    </message>
    <message>
        <location filename="../../ui/plots/cost_plot.cpp" line="58"/>
        <source>bytes per batch (right axis)</source>
        <translation>bytes per batch (right axis)</translation>
    </message>
</context>
<context>
    <name>ui::CostView</name>
    <message>
        <location filename="../../ui/experiments/cost_view.cpp" line="23"/>
        <source>What one batch costs on this computer: press Measure to train each batch size for a moment and time it.</source>
        <translation>What one batch costs on this computer: press Measure to train each batch size for a moment and time it.</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/cost_view.cpp" line="27"/>
        <source>&amp;Measure</source>
        <translation>&amp;Measure</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/cost_view.cpp" line="29"/>
        <source>Train the current settings briefly with each batch size and time the weight updates</source>
        <translation>Train the current settings briefly with each batch size and time the weight updates</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/experiments/cost_view.cpp" line="57"/>
        <source>Measuring %n batch size(s)...</source>
        <translation>
            <numerusform>Measuring %n batch size...</numerusform>
            <numerusform>Measuring %n batch sizes...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/experiments/cost_view.cpp" line="86"/>
        <source>The cost cannot be measured: %1</source>
        <translation>The cost cannot be measured: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/experiments/cost_view.cpp" line="92"/>
        <source>Measured on this computer while the window runs: %n batch size(s). Small batches take many cheap updates per epoch; large batches need more memory per update.</source>
        <translation>
            <numerusform>Measured on this computer while the window runs: %n batch size. Small batches take many cheap updates per epoch; large batches need more memory per update.</numerusform>
            <numerusform>Measured on this computer while the window runs: %n batch sizes. Small batches take many cheap updates per epoch; large batches need more memory per update.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::CsvImportDialog</name>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="30"/>
        <source>Open data: %1</source>
        <translation>Open data: %1</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="33"/>
        <source>Each row is one question: the input columns are what the question shows, the target column is its answer on the answer sheet. The file is only read.</source>
        <translation>Each row is one question: the input columns are what the question shows, the target column is its answer on the answer sheet. The file is only read.</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="51"/>
        <source>detect</source>
        <translation>detect</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="52"/>
        <source>the first line holds the column names</source>
        <translation>the first line holds the column names</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="54"/>
        <source>no header: every line is a question</source>
        <translation>no header: every line is a question</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="55"/>
        <source>&amp;Header</source>
        <translation>&amp;Header</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="57"/>
        <source>The column with the answers (y). The other columns are the inputs (x).</source>
        <translation>The column with the answers (y). The other columns are the inputs (x).</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="59"/>
        <source>&amp;Answers (target)</source>
        <translation>&amp;Answers (target)</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="65"/>
        <source>The columns that are the questions&apos; inputs. Leave out columns of names, IDs or dates: they are not numbers.</source>
        <translation>The columns that are the questions&apos; inputs. Leave out columns of names, IDs or dates: they are not numbers.</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="67"/>
        <source>&amp;Input columns</source>
        <translation>&amp;Input columns</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="68"/>
        <source>Leave out rows with empty or NA cells</source>
        <translation>Leave out rows with empty or NA cells</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="71"/>
        <source>from the answers: two values or words are two classes, more words or whole numbers are classes, else numbers</source>
        <translation>from the answers: two values or words are two classes, more words or whole numbers are classes, else numbers</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="73"/>
        <source>numbers (regression, mean squared error)</source>
        <translation>numbers (regression, mean squared error)</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="74"/>
        <source>two classes (classification, binary cross-entropy)</source>
        <translation>two classes (classification, binary cross-entropy)</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="75"/>
        <source>classes (classification, softmax, sparse categorical cross-entropy)</source>
        <translation>classes (classification, softmax, sparse categorical cross-entropy)</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="76"/>
        <source>&amp;Task</source>
        <translation>&amp;Task</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="77"/>
        <source>Standardise the inputs (mean 0, standard deviation 1)</source>
        <translation>Standardise the inputs (mean 0, standard deviation 1)</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="79"/>
        <source>Inputs of very different sizes make training slow; this scales each input column.</source>
        <translation>Inputs of very different sizes make training slow; this scales each input column.</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="82"/>
        <source>Hold back the last rows as the new exam: validation_split</source>
        <translation>Hold back the last rows as the new exam: validation_split</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="84"/>
        <source>Keras&apos;s validation_split: the last part of the file, taken before any shuffling, is never trained on and shows overfitting.</source>
        <translation>Keras&apos;s validation_split: the last part of the file, taken before any shuffling, is never trained on and shows overfitting.</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="103"/>
        <source>&amp;Train on this file</source>
        <translation>&amp;Train on this file</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="159"/>
        <source>Read as UTF-16 text (Excel&apos;s &quot;Unicode text&quot;).</source>
        <translation>Read as UTF-16 text (Excel&apos;s &quot;Unicode text&quot;).</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="161"/>
        <source>Read as Korean text (CP949, the &quot;CSV&quot; of Korean Excel). If a name looks wrong, save the file from the spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation>Read as Korean text (CP949, the &quot;CSV&quot; of Korean Excel). If a name looks wrong, save the file from the spreadsheet as &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="163"/>
        <source>Read as Western text (%1). If a name looks wrong, save the file from the spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation>Read as Western text (%1). If a name looks wrong, save the file from the spreadsheet as &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="265"/>
        <source>two classes (%1 becomes 0, %2 becomes 1)</source>
        <translation>two classes (%1 becomes 0, %2 becomes 1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/files/csv_import_dialog.cpp" line="267"/>
        <source>%n class(es): %1</source>
        <translation>
            <numerusform>%n class: %1</numerusform>
            <numerusform>%n classes: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="269"/>
        <source>numbers</source>
        <translation>numbers</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/files/csv_import_dialog.cpp" line="271"/>
        <source>%n question(s) with %1 input(s) each; the answers in &quot;%2&quot; are %3.</source>
        <translation>
            <numerusform>%n question with %1 input(s) each; the answers in &quot;%2&quot; are %3.</numerusform>
            <numerusform>%n questions with %1 input(s) each; the answers in &quot;%2&quot; are %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="277"/>
        <source>%1 for practice, the last %2 as the new exam.</source>
        <translation>%1 for practice, the last %2 as the new exam.</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="278"/>
        <source>All of them for practice; no new exam (no validation loss).</source>
        <translation>All of them for practice; no new exam (no validation loss).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/files/csv_import_dialog.cpp" line="281"/>
        <source>%n row(s) with an empty or NA cell left out (the first on line %1).</source>
        <translation>
            <numerusform>%n row with an empty or NA cell left out (the first on line %1).</numerusform>
            <numerusform>%n rows with an empty or NA cell left out (the first on line %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/files/csv_import_dialog.cpp" line="287"/>
        <source>%n column(s) left out.</source>
        <translation>
            <numerusform>%n column left out.</numerusform>
            <numerusform>%n columns left out.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="297"/>
        <source>This file cannot be used: %1</source>
        <translation>This file cannot be used: %1</translation>
    </message>
</context>
<context>
    <name>ui::DataView</name>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="92"/>
        <source>Data and model</source>
        <translation>Data and model</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="103"/>
        <location filename="../../ui/plots/data_view.cpp" line="733"/>
        <source>model: probability of class 1</source>
        <translation>model: probability of class 1</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="109"/>
        <location filename="../../ui/plots/data_view.cpp" line="121"/>
        <source>model&apos;s prediction</source>
        <translation>model&apos;s prediction</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="148"/>
        <source>Exam the confusion matrix counts</source>
        <translation>Exam the confusion matrix counts</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="149"/>
        <source>Count the new exam (validation: questions the model never trains on) or the practice exam (training)</source>
        <translation>Count the new exam (validation: questions the model never trains on) or the practice exam (training)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="151"/>
        <source>New exam (validation)</source>
        <translation>New exam (validation)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="152"/>
        <source>Practice exam (training)</source>
        <translation>Practice exam (training)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="156"/>
        <source>answer sheet (rows), model (columns)</source>
        <translation>answer sheet (rows), model (columns)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="157"/>
        <source>How many questions of each class (rows, as the answer sheet says) the model answers as each class (columns). Right answers lie on the diagonal. Click a cell of the practice exam to select its questions in the exam view.</source>
        <translation>How many questions of each class (rows, as the answer sheet says) the model answers as each class (columns). Right answers lie on the diagonal. Click a cell of the practice exam to select its questions in the exam view.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plots/data_view.cpp" line="187"/>
        <source>%n question(s) of class %1 in the new exam that the model answers %2. The exam view shows the practice exam: choose it above the confusion matrix to select its questions.</source>
        <translation>
            <numerusform>%n question of class %1 in the new exam that the model answers %2. The exam view shows the practice exam: choose it above the confusion matrix to select its questions.</numerusform>
            <numerusform>%n questions of class %1 in the new exam that the model answers %2. The exam view shows the practice exam: choose it above the confusion matrix to select its questions.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="634"/>
        <source>training (practice exam)</source>
        <translation>training (practice exam)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="639"/>
        <source>training, class 1</source>
        <translation>training, class 1</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="634"/>
        <source>validation (new exam)</source>
        <translation>validation (new exam)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="639"/>
        <source>validation, class 1</source>
        <translation>validation, class 1</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="553"/>
        <location filename="../../ui/plots/data_view.cpp" line="659"/>
        <location filename="../../ui/plots/data_view.cpp" line="663"/>
        <source>x₁</source>
        <translation>x₁</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="114"/>
        <source>the model&apos;s answer is wrong</source>
        <translation>the model&apos;s answer is wrong</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plots/data_view.cpp" line="196"/>
        <source>%n question(s) of class %1 that the model answers right</source>
        <translation>
            <numerusform>%n question of class %1 that the model answers right</numerusform>
            <numerusform>%n questions of class %1 that the model answers right</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plots/data_view.cpp" line="199"/>
        <source>%n question(s) of class %1 that the model answers %2</source>
        <translation>
            <numerusform>%n question of class %1 that the model answers %2</numerusform>
            <numerusform>%n questions of class %1 that the model answers %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="210"/>
        <source>axes</source>
        <translation>axes</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="213"/>
        <source>x axis of the data view</source>
        <translation>x axis of the data view</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="214"/>
        <source>Draw the questions on their first two principal components, or on two input columns of your choice</source>
        <translation>Draw the questions on their first two principal components, or on two input columns of your choice</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="219"/>
        <source>y axis of the data view</source>
        <translation>y axis of the data view</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="239"/>
        <source>The pictures of the practice exam the model still answers wrongly: the answer sheet&apos;s digit above, the model&apos;s on red below. Click one to select it in the exam view.</source>
        <translation>The pictures of the practice exam the model still answers wrongly: the answer sheet&apos;s digit above, the model&apos;s on red below. Click one to select it in the exam view.</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="253"/>
        <source>Question %1: the answer sheet says %2, the model answers %3</source>
        <translation>Question %1: the answer sheet says %2, the model answers %3</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="302"/>
        <source>Projection (PCA)</source>
        <translation>Projection (PCA)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="304"/>
        <source>x: column %1</source>
        <translation>x: column %1</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="305"/>
        <source>y: column %1</source>
        <translation>y: column %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plots/data_view.cpp" line="366"/>
        <source>Still wrong: %n</source>
        <translation>
            <numerusform>Still wrong: %n</numerusform>
            <numerusform>Still wrong: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plots/data_view.cpp" line="417"/>
        <source>%n classes: scroll to see every row and column.</source>
        <translation>
            <numerusform>%n class: scroll to see every row and column.</numerusform>
            <numerusform>%n classes: scroll to see every row and column.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="438"/>
        <source>New exam (validation): answer sheet (rows), model (columns)</source>
        <translation>New exam (validation): answer sheet (rows), model (columns)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="439"/>
        <source>Practice exam (training): answer sheet (rows), model (columns)</source>
        <translation>Practice exam (training): answer sheet (rows), model (columns)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plots/data_view.cpp" line="483"/>
        <source>Practice exam, still wrong: %n</source>
        <translation>
            <numerusform>Practice exam, still wrong: %n</numerusform>
            <numerusform>Practice exam, still wrong: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="554"/>
        <location filename="../../ui/plots/data_view.cpp" line="660"/>
        <source>x₂</source>
        <translation>x₂</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="636"/>
        <source>training, class 0 (practice exam)</source>
        <translation>training, class 0 (practice exam)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="637"/>
        <source>validation, class 0 (new exam)</source>
        <translation>validation, class 0 (new exam)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="641"/>
        <source>training, class %1</source>
        <translation>training, class %1</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="641"/>
        <source>validation, class %1</source>
        <translation>validation, class %1</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="663"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="664"/>
        <location filename="../../ui/plots/data_view.cpp" line="671"/>
        <location filename="../../ui/plots/data_view.cpp" line="675"/>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="665"/>
        <source>class (model: probability of class 1)</source>
        <translation>class (model: probability of class 1)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="666"/>
        <source>class (model: its answer)</source>
        <translation>class (model: its answer)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plots/data_view.cpp" line="670"/>
        <source>column %1 of %n inputs</source>
        <translation>
            <numerusform>column %1 of %n input</numerusform>
            <numerusform>column %1 of %n inputs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="671"/>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plots/data_view.cpp" line="673"/>
        <source>principal component 1 of %n inputs</source>
        <translation>
            <numerusform>principal component 1 of %n input</numerusform>
            <numerusform>principal component 1 of %n inputs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="674"/>
        <source>principal component 2</source>
        <translation>principal component 2</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="743"/>
        <source>model: its answer</source>
        <translation>model: its answer</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="911"/>
        <source>x₁ = %1, x₂ = %2
model: P(class 1) = %3</source>
        <translation>x₁ = %1, x₂ = %2
model: P(class 1) = %3</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="915"/>
        <source>x₁ = %1, x₂ = %2
model: class %3</source>
        <translation>x₁ = %1, x₂ = %2
model: class %3</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="921"/>
        <source>x₁ = %1
model: %2</source>
        <translation>x₁ = %1
model: %2</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="924"/>
        <source>x = %1
model: y = %2</source>
        <translation>x = %1
model: y = %2</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="929"/>
        <source>column %1 = %2
%3 = %4</source>
        <translation>column %1 = %2
%3 = %4</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="934"/>
        <source>component 1 = %1
%2 = %3</source>
        <translation>component 1 = %1
%2 = %3</translation>
    </message>
</context>
<context>
    <name>ui::ExamGrid</name>
    <message>
        <location filename="../../ui/teaching/exam_grid.cpp" line="43"/>
        <source>Practice exam questions</source>
        <translation>Practice exam questions</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_grid.cpp" line="295"/>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_grid.cpp" line="298"/>
        <source>batch %1 of this pass</source>
        <translation>batch %1 of this pass</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_grid.cpp" line="482"/>
        <source>The questions appear when a run starts.</source>
        <translation>The questions appear when a run starts.</translation>
    </message>
</context>
<context>
    <name>ui::ExamScoreStrip</name>
    <message>
        <location filename="../../ui/teaching/exam_score_strip.cpp" line="13"/>
        <source>After every pass: the practice exam (blue) and the new exam (red); the green line is the best epoch. When the lines part, the model memorises.</source>
        <translation>After every pass: the practice exam (blue) and the new exam (red); the green line is the best epoch. When the lines part, the model memorises.</translation>
    </message>
</context>
<context>
    <name>ui::ExamView</name>
    <message>
        <location filename="../../ui/teaching/exam_view.cpp" line="55"/>
        <source>The numbers of model.fit: they follow the sliders at once.</source>
        <translation>The numbers of model.fit: they follow the sliders at once.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teaching/exam_view.cpp" line="119"/>
        <source>(%n values)</source>
        <translation>
            <numerusform>(%n value)</numerusform>
            <numerusform>(%n values)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_view.cpp" line="120"/>
        <source>Question %1: x = (%2), answer sheet says class %3</source>
        <translation>Question %1: x = (%2), answer sheet says class %3</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_view.cpp" line="124"/>
        <source>Question %1: x = %2, answer sheet says y = %3</source>
        <translation>Question %1: x = %2, answer sheet says y = %3</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_view.cpp" line="203"/>
        <source>&lt;span style=&apos;color:#4ca05c&apos;&gt;■&lt;/span&gt; close &amp;nbsp; &lt;span style=&apos;color:#f0c850&apos;&gt;■&lt;/span&gt; off &amp;nbsp; &lt;span style=&apos;color:#d64e44&apos;&gt;■&lt;/span&gt; far off</source>
        <translation>&lt;span style=&apos;color:#4ca05c&apos;&gt;■&lt;/span&gt; close &amp;nbsp; &lt;span style=&apos;color:#f0c850&apos;&gt;■&lt;/span&gt; off &amp;nbsp; &lt;span style=&apos;color:#d64e44&apos;&gt;■&lt;/span&gt; far off</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_view.cpp" line="206"/>
        <source>&lt;span style=&apos;color:#4ca05c&apos;&gt;■&lt;/span&gt; right &amp;nbsp; &lt;span style=&apos;color:#d64e44&apos;&gt;■&lt;/span&gt; wrong</source>
        <translation>&lt;span style=&apos;color:#4ca05c&apos;&gt;■&lt;/span&gt; right &amp;nbsp; &lt;span style=&apos;color:#d64e44&apos;&gt;■&lt;/span&gt; wrong</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_view.cpp" line="208"/>
        <source> &amp;nbsp; &lt;span style=&apos;color:#1f6fd1&apos;&gt;□&lt;/span&gt; batch just checked &amp;nbsp; &lt;span style=&apos;color:#a83ec4&apos;&gt;□&lt;/span&gt; being solved &amp;nbsp; &lt;b&gt;|&lt;/b&gt; next batch starts</source>
        <translation> &amp;nbsp; &lt;span style=&apos;color:#1f6fd1&apos;&gt;□&lt;/span&gt; batch just checked &amp;nbsp; &lt;span style=&apos;color:#a83ec4&apos;&gt;□&lt;/span&gt; being solved &amp;nbsp; &lt;b&gt;|&lt;/b&gt; next batch starts</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_view.cpp" line="438"/>
        <source>model: class 1 with probability %1; answer sheet: class %2</source>
        <translation>model: class 1 with probability %1; answer sheet: class %2</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_view.cpp" line="443"/>
        <source>model: class %1 with probability %2; answer sheet: class %3</source>
        <translation>model: class %1 with probability %2; answer sheet: class %3</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_view.cpp" line="448"/>
        <source>model: %1; answer sheet: %2 (off by %3)</source>
        <translation>model: %1; answer sheet: %2 (off by %3)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="98"/>
        <location filename="../../ui/teaching/exam_text.cpp" line="103"/>
        <source>Pass %1 of %2</source>
        <translation>Pass %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="100"/>
        <source>Finished within&lt;br&gt;pass %1 of %2</source>
        <translation>Finished within&lt;br&gt;pass %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="102"/>
        <source>Finished after&lt;br&gt;pass %1 of %2</source>
        <translation>Finished after&lt;br&gt;pass %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="112"/>
        <source>Solving batch %1 of %2:&lt;br&gt;questions %3–%4 of this pass</source>
        <translation>Solving batch %1 of %2:&lt;br&gt;questions %3–%4 of this pass</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="113"/>
        <source>Batch %1 of %2 checked:&lt;br&gt;questions %3–%4 of this pass</source>
        <translation>Batch %1 of %2 checked:&lt;br&gt;questions %3–%4 of this pass</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="120"/>
        <source>Answer checks (weight updates):&lt;br&gt;&lt;b&gt;%1&lt;/b&gt; of %2</source>
        <translation>Answer checks (weight updates):&lt;br&gt;&lt;b&gt;%1&lt;/b&gt; of %2</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="124"/>
        <source>&lt;b&gt;Early stopping&lt;/b&gt; after pass %1;&lt;br&gt;best epoch %2.</source>
        <translation>&lt;b&gt;Early stopping&lt;/b&gt; after pass %1;&lt;br&gt;best epoch %2.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="139"/>
        <source>Before pass 1</source>
        <translation>Before pass 1</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="140"/>
        <source>Stopped within pass %1</source>
        <translation>Stopped within pass %1</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="141"/>
        <source>After pass %1</source>
        <translation>After pass %1</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="152"/>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="154"/>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="158"/>
        <source>best epoch: %1</source>
        <translation>best epoch: %1</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="169"/>
        <source>Memorising since pass %1: the practice exam still gets better, the new exam worse.</source>
        <translation>Memorising since pass %1: the practice exam still gets better, the new exam worse.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="174"/>
        <source>Not learning yet: both exams are about as bad as before pass 1.</source>
        <translation>Not learning yet: both exams are about as bad as before pass 1.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="176"/>
        <source>No change lately: both exams stay where they are.</source>
        <translation>No change lately: both exams stay where they are.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="181"/>
        <source>Right now: %1 of %2 questions right</source>
        <translation>Right now: %1 of %2 questions right</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="184"/>
        <source>Time for the last pass: %1 ms (measured)</source>
        <translation>Time for the last pass: %1 ms (measured)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="45"/>
        <source>checks per pass ⌈N/B⌉</source>
        <translation>checks per pass ⌈N/B⌉</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="46"/>
        <source>last batch</source>
        <translation>last batch</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="48"/>
        <source>checks in all E×⌈N/B⌉</source>
        <translation>checks in all E×⌈N/B⌉</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="51"/>
        <source>memory per batch</source>
        <translation>memory per batch</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="145"/>
        <source>practice exam&lt;br&gt;&lt;small&gt;(training)&lt;/small&gt;</source>
        <translation>practice exam&lt;br&gt;&lt;small&gt;(training)&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="146"/>
        <source>new exam&lt;br&gt;&lt;small&gt;(validation)&lt;/small&gt;</source>
        <translation>new exam&lt;br&gt;&lt;small&gt;(validation)&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="163"/>
        <source>no pass finished yet</source>
        <translation>no pass finished yet</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="43"/>
        <source>questions N</source>
        <translation>questions N</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="44"/>
        <source>batch size B</source>
        <translation>batch size B</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="47"/>
        <source>passes E (epochs)</source>
        <translation>passes E (epochs)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="53"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="54"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="58"/>
        <source>time per check (measured)</source>
        <translation>time per check (measured)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="59"/>
        <location filename="../../ui/teaching/exam_text.cpp" line="61"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="60"/>
        <source>time per pass (measured)</source>
        <translation>time per pass (measured)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="73"/>
        <source>B = %1 is more than the %2 questions: Keras makes one batch of all %2 (full batch), so there is one answer check per pass, as with B = N.</source>
        <translation>B = %1 is more than the %2 questions: Keras makes one batch of all %2 (full batch), so there is one answer check per pass, as with B = N.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="78"/>
        <source>B = N: the whole exam is solved before the answers are checked. One answer check per pass (full batch): calm, but rare, and every question must be remembered at once.</source>
        <translation>B = N: the whole exam is solved before the answers are checked. One answer check per pass (full batch): calm, but rare, and every question must be remembered at once.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="83"/>
        <source>B = 1: an answer check after every single question (%1 per pass). Many small, noisy corrections; careful, but slow.</source>
        <translation>B = 1: an answer check after every single question (%1 per pass). Many small, noisy corrections; careful, but slow.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="87"/>
        <source>%1 is not a multiple of %2: the last batch has only %3 questions, and it still counts as a full answer check.</source>
        <translation>%1 is not a multiple of %2: the last batch has only %3 questions, and it still counts as a full answer check.</translation>
    </message>
</context>
<context>
    <name>ui::ExportDialog</name>
    <message>
        <location filename="../../ui/plots/export_dialog.cpp" line="23"/>
        <source>Export %1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <location filename="../../ui/plots/export_dialog.cpp" line="27"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <location filename="../../ui/plots/export_dialog.cpp" line="37"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/plots/export_dialog.cpp" line="45"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../../ui/plots/export_dialog.cpp" line="52"/>
        <location filename="../../ui/plots/export_dialog.cpp" line="56"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../../ui/plots/export_dialog.cpp" line="61"/>
        <source>&amp;Size</source>
        <translation>&amp;Size</translation>
    </message>
    <message>
        <location filename="../../ui/plots/export_dialog.cpp" line="67"/>
        <source>Pixels per point for PNG, JPG and BMP: 2 or 3 for slides and print.</source>
        <translation>Pixels per point for PNG, JPG and BMP: 2 or 3 for slides and print.</translation>
    </message>
    <message>
        <location filename="../../ui/plots/export_dialog.cpp" line="68"/>
        <source>S&amp;cale</source>
        <translation>S&amp;cale</translation>
    </message>
    <message>
        <location filename="../../ui/plots/export_dialog.cpp" line="70"/>
        <source>Add a caption with the settings</source>
        <translation>Add a caption with the settings</translation>
    </message>
    <message>
        <location filename="../../ui/plots/export_dialog.cpp" line="84"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.pdf *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.pdf *.svg)</translation>
    </message>
</context>
<context>
    <name>ui::GlossaryDialog</name>
    <message>
        <location filename="../../ui/teaching/glossary_dialog.cpp" line="66"/>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/glossary_dialog.cpp" line="78"/>
        <source>The glossary could not be read.</source>
        <translation>The glossary could not be read.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/glossary_dialog.cpp" line="82"/>
        <source>The exam story</source>
        <translation>The exam story</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/glossary_dialog.cpp" line="83"/>
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/glossary_dialog.cpp" line="100"/>
        <location filename="../../ui/teaching/glossary_dialog.cpp" line="102"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/glossary_dialog.cpp" line="100"/>
        <location filename="../../ui/teaching/glossary_dialog.cpp" line="102"/>
        <source>Korean</source>
        <translation>Korean</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/glossary_dialog.cpp" line="101"/>
        <location filename="../../ui/teaching/glossary_dialog.cpp" line="103"/>
        <source>In Keras</source>
        <translation>In Keras</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/glossary_dialog.cpp" line="101"/>
        <location filename="../../ui/teaching/glossary_dialog.cpp" line="103"/>
        <source>In one line</source>
        <translation>In one line</translation>
    </message>
</context>
<context>
    <name>ui::KerasCodeView</name>
    <message>
        <location filename="../../ui/teaching/keras_code_view.cpp" line="81"/>
        <source>The same run in Keras: paste it into a notebook (Python with numpy and Keras 3). The data are drawn with numpy, so the numbers differ a little from BatchLab&apos;s; the network, the optimizer and &lt;code&gt;model.fit&lt;/code&gt; are the same.</source>
        <translation>The same run in Keras: paste it into a notebook (Python with numpy and Keras 3). The data are drawn with numpy, so the numbers differ a little from BatchLab&apos;s; the network, the optimizer and &lt;code&gt;model.fit&lt;/code&gt; are the same.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/keras_code_view.cpp" line="97"/>
        <source>&amp;Copy code</source>
        <translation>&amp;Copy code</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/keras_code_view.cpp" line="98"/>
        <source>Copy the whole code to the clipboard</source>
        <translation>Copy the whole code to the clipboard</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/keras_code_view.cpp" line="99"/>
        <source>Save as .&amp;py…</source>
        <translation>Save as .&amp;py…</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/keras_code_view.cpp" line="100"/>
        <source>Save the code as a Python file</source>
        <translation>Save the code as a Python file</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/keras_code_view.cpp" line="146"/>
        <source>Copied.</source>
        <translation>Copied.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/keras_code_view.cpp" line="155"/>
        <location filename="../../ui/teaching/keras_code_view.cpp" line="158"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/keras_code_view.cpp" line="168"/>
        <source>Save the Keras code</source>
        <translation>Save the Keras code</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/keras_code_view.cpp" line="169"/>
        <source>Python files (*.py)</source>
        <translation>Python files (*.py)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/keras_code_view.cpp" line="174"/>
        <source>Saving failed</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/keras_code_view.cpp" line="176"/>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
</context>
<context>
    <name>ui::LanguageMenu</name>
    <message>
        <location filename="../../ui/controls/language.cpp" line="110"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/controls/language.cpp" line="123"/>
        <source>&amp;System language (%1)</source>
        <translation>&amp;System language (%1)</translation>
    </message>
</context>
<context>
    <name>ui::LessonPanel</name>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="57"/>
        <source>run</source>
        <translation>run</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="57"/>
        <source>checks</source>
        <translation>checks</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="57"/>
        <source>N / B / passes</source>
        <translation>N / B / passes</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="58"/>
        <source>train loss</source>
        <translation>train loss</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="58"/>
        <source>val loss</source>
        <translation>val loss</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="58"/>
        <source>s / pass</source>
        <translation>s / pass</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="64"/>
        <source>What each run of this lesson showed, to compare them.</source>
        <translation>What each run of this lesson showed, to compare them.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="69"/>
        <source>&lt;b&gt;Check question&lt;/b&gt;</source>
        <translation>&lt;b&gt;Check question&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="75"/>
        <source>Your answer</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="76"/>
        <source>&amp;Verify by running it</source>
        <translation>&amp;Verify by running it</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="77"/>
        <source>Runs the question&apos;s settings to the end and compares the result with your answer.</source>
        <translation>Runs the question&apos;s settings to the end and compares the result with your answer.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="82"/>
        <source>Your &amp;answer:</source>
        <translation>Your &amp;answer:</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="94"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="95"/>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="208"/>
        <source>&amp;Run this step</source>
        <translation>&amp;Run this step</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="96"/>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="210"/>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="97"/>
        <source>&amp;Leave lesson</source>
        <translation>&amp;Leave lesson</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="98"/>
        <source>Stop the lesson and keep experimenting with the current run.</source>
        <translation>Stop the lesson and keep experimenting with the current run.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="125"/>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="219"/>
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="144"/>
        <source>Running the question&apos;s settings…</source>
        <translation>Running the question&apos;s settings…</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="152"/>
        <source>You changed the run: the lesson waits. Press Run to go on with the lesson&apos;s settings, or keep experimenting.</source>
        <translation>You changed the run: the lesson waits. Press Run to go on with the lesson&apos;s settings, or keep experimenting.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="189"/>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="208"/>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="211"/>
        <source>&amp;To the question</source>
        <translation>&amp;To the question</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="215"/>
        <source>The sweep trains in the background (Experiments &gt; Sweep shows each run as it ends)…</source>
        <translation>The sweep trains in the background (Experiments &gt; Sweep shows each run as it ends)…</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="227"/>
        <source>Check question</source>
        <translation>Check question</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="232"/>
        <source>Type your answer below and press Verify: BatchLab runs exactly these settings and compares.</source>
        <translation>Type your answer below and press Verify: BatchLab runs exactly these settings and compares.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="263"/>
        <source>&amp;Run again</source>
        <translation>&amp;Run again</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teaching/lesson_panel.cpp" line="266"/>
        <source>The sweep is finished: %n runs. Read, then press Next.</source>
        <translation>
            <numerusform>The sweep is finished: %n run. Read, then press Next.</numerusform>
            <numerusform>The sweep is finished: %n runs. Read, then press Next.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="270"/>
        <source>Early stopping ended the run after pass %1 (best epoch %2). Read, then press Next.</source>
        <translation>Early stopping ended the run after pass %1 (best epoch %2). Read, then press Next.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="275"/>
        <source>The run is finished: %1 passes, %2 answer checks. Read, then press Next.</source>
        <translation>The run is finished: %1 passes, %2 answer checks. Read, then press Next.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="280"/>
        <source>Paused after answer check %1 (pass %2). Read, then press Next, or press Play to keep going.</source>
        <translation>Paused after answer check %1 (pass %2). Read, then press Next, or press Play to keep going.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="284"/>
        <source>step %1</source>
        <translation>step %1</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="293"/>
        <source>check</source>
        <translation>check</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="298"/>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;Right!&lt;/b&gt; The run gives %1.</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;Right!&lt;/b&gt; The run gives %1.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="300"/>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;Close enough.&lt;/b&gt; You said %1; the run gives %2.</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;Close enough.&lt;/b&gt; You said %1; the run gives %2.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="304"/>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;Not quite.&lt;/b&gt; You said %1; the run gives %2.</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;Not quite.&lt;/b&gt; You said %1; the run gives %2.</translation>
    </message>
</context>
<context>
    <name>ui::LossPerEpochPlot</name>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="53"/>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="54"/>
        <source>Loss per epoch</source>
        <translation>Loss per epoch</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="55"/>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="57"/>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="58"/>
        <source>accuracy</source>
        <translation>accuracy</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="62"/>
        <source>training loss (Keras: mean over the epoch)</source>
        <translation>training loss (Keras: mean over the epoch)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="64"/>
        <source>training loss (end of epoch)</source>
        <translation>training loss (end of epoch)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="67"/>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="478"/>
        <source>validation loss (new exam)</source>
        <translation>validation loss (new exam)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="68"/>
        <source>training accuracy</source>
        <translation>training accuracy</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="70"/>
        <source>validation accuracy</source>
        <translation>validation accuracy</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="100"/>
        <source>overfitting: the validation loss rises
(memorising the practice exam)</source>
        <translation>overfitting: the validation loss rises
(memorising the practice exam)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="259"/>
        <source>best epoch %1</source>
        <translation>best epoch %1</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="260"/>
        <source>%1
(best epoch %2)</source>
        <translation>%1
(best epoch %2)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="271"/>
        <source>early stopping stopped here
(epoch %1)</source>
        <translation>early stopping stopped here
(epoch %1)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="272"/>
        <source>early stopping would stop here
(patience %1)</source>
        <translation>early stopping would stop here
(patience %1)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="293"/>
        <source>Loss per epoch.</source>
        <translation>Loss per epoch.</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="296"/>
        <source>No epoch has ended yet.</source>
        <translation>No epoch has ended yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="299"/>
        <source>%n epoch(s) so far.</source>
        <translation>
            <numerusform>%n epoch so far.</numerusform>
            <numerusform>%n epochs so far.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="301"/>
        <source>Best epoch (lowest validation loss): %1.</source>
        <translation>Best epoch (lowest validation loss): %1.</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="303"/>
        <source>Overfitting from epoch %1: the validation loss rises while the training loss falls.</source>
        <translation>Overfitting from epoch %1: the validation loss rises while the training loss falls.</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="306"/>
        <source>No overfitting marked.</source>
        <translation>No overfitting marked.</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="309"/>
        <source>Last training loss %1.</source>
        <translation>Last training loss %1.</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="311"/>
        <source>Last validation loss %1.</source>
        <translation>Last validation loss %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="314"/>
        <source>%n kept run(s) drawn for comparison.</source>
        <translation>
            <numerusform>%n kept run drawn for comparison.</numerusform>
            <numerusform>%n kept runs drawn for comparison.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="479"/>
        <source>validation loss</source>
        <translation>validation loss</translation>
    </message>
</context>
<context>
    <name>ui::LossPerUpdatePlot</name>
    <message>
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="22"/>
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="23"/>
        <source>Loss per weight update</source>
        <translation>Loss per weight update</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="25"/>
        <source>batch loss</source>
        <translation>batch loss</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="29"/>
        <source>batch loss range (min-max)</source>
        <translation>batch loss range (min-max)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="35"/>
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="80"/>
        <source>batch loss (one update)</source>
        <translation>batch loss (one update)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="40"/>
        <source>Keras running mean of the epoch</source>
        <translation>Keras running mean of the epoch</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="44"/>
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="276"/>
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="277"/>
        <source>smoothed (debiased EMA)</source>
        <translation>smoothed (debiased EMA)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="137"/>
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="139"/>
        <source>batch loss (mean of %n update(s))</source>
        <translation>
            <numerusform>batch loss (mean of %n update)</numerusform>
            <numerusform>batch loss (mean of %n updates)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="161"/>
        <source>Loss per weight update.</source>
        <translation>Loss per weight update.</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="163"/>
        <source>No update yet.</source>
        <translation>No update yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="166"/>
        <source>%n weight update(s) so far.</source>
        <translation>
            <numerusform>%n weight update so far.</numerusform>
            <numerusform>%n weight updates so far.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="169"/>
        <source>Last batch loss %1.</source>
        <translation>Last batch loss %1.</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="173"/>
        <source>Smoothed loss %1.</source>
        <translation>Smoothed loss %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="177"/>
        <source>%n kept run(s) drawn for comparison.</source>
        <translation>
            <numerusform>%n kept run drawn for comparison.</numerusform>
            <numerusform>%n kept runs drawn for comparison.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="48"/>
        <source>BatchLab — what batch_size and epochs mean</source>
        <translation>BatchLab — what batch_size and epochs mean</translation>
    </message>
    <message>
        <location filename="../../ui/window/run_views.cpp" line="40"/>
        <source>%1 · kept run %2</source>
        <translation>%1 · kept run %2</translation>
    </message>
    <message>
        <location filename="../../ui/window/playback_actions.cpp" line="21"/>
        <location filename="../../ui/window/playback_actions.cpp" line="79"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../ui/window/playback_actions.cpp" line="23"/>
        <source>Play or pause the practice (Space)</source>
        <translation>Play or pause the practice (Space)</translation>
    </message>
    <message>
        <location filename="../../ui/window/playback_actions.cpp" line="26"/>
        <source>&amp;Update</source>
        <translation>&amp;Update</translation>
    </message>
    <message>
        <location filename="../../ui/window/playback_actions.cpp" line="29"/>
        <source>Step one weight update: solve one batch of questions and check it against the answer sheet (N)</source>
        <translation>Step one weight update: solve one batch of questions and check it against the answer sheet (N)</translation>
    </message>
    <message>
        <location filename="../../ui/window/playback_actions.cpp" line="35"/>
        <source>&amp;Epoch</source>
        <translation>&amp;Epoch</translation>
    </message>
    <message>
        <location filename="../../ui/window/playback_actions.cpp" line="38"/>
        <source>Step to the end of the epoch: finish this pass over the whole practice exam (E)</source>
        <translation>Step to the end of the epoch: finish this pass over the whole practice exam (E)</translation>
    </message>
    <message>
        <location filename="../../ui/window/playback_actions.cpp" line="43"/>
        <source>&amp;Reset</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <location filename="../../ui/window/playback_actions.cpp" line="45"/>
        <source>Start again with new initial weights: a new student (R)</source>
        <translation>Start again with new initial weights: a new student (R)</translation>
    </message>
    <message>
        <location filename="../../ui/window/playback_actions.cpp" line="47"/>
        <source>&amp;Faster</source>
        <translation>&amp;Faster</translation>
    </message>
    <message>
        <location filename="../../ui/window/playback_actions.cpp" line="50"/>
        <source>&amp;Slower</source>
        <translation>&amp;Slower</translation>
    </message>
    <message>
        <location filename="../../ui/window/playback_actions.cpp" line="53"/>
        <source>Restore &amp;defaults</source>
        <translation>Restore &amp;defaults</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="255"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/window/export_actions.cpp" line="37"/>
        <source>Export loss per &amp;update image...</source>
        <translation>Export loss per &amp;update image...</translation>
    </message>
    <message>
        <location filename="../../ui/window/export_actions.cpp" line="39"/>
        <source>Export loss per &amp;epoch image...</source>
        <translation>Export loss per &amp;epoch image...</translation>
    </message>
    <message>
        <location filename="../../ui/window/export_actions.cpp" line="41"/>
        <source>Export &amp;data view image...</source>
        <translation>Export &amp;data view image...</translation>
    </message>
    <message>
        <location filename="../../ui/window/export_actions.cpp" line="43"/>
        <source>Export &amp;window image...</source>
        <translation>Export &amp;window image...</translation>
    </message>
    <message>
        <location filename="../../ui/window/export_actions.cpp" line="45"/>
        <source>Export wor&amp;ksheet...</source>
        <translation>Export wor&amp;ksheet...</translation>
    </message>
    <message>
        <location filename="../../ui/window/export_actions.cpp" line="51"/>
        <source>Export per-update history as &amp;CSV...</source>
        <translation>Export per-update history as &amp;CSV...</translation>
    </message>
    <message>
        <location filename="../../ui/window/export_actions.cpp" line="53"/>
        <source>Export per-epoch history as C&amp;SV...</source>
        <translation>Export per-epoch history as C&amp;SV...</translation>
    </message>
    <message>
        <location filename="../../ui/window/export_actions.cpp" line="56"/>
        <source>Copy window &amp;image</source>
        <translation>Copy window &amp;image</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="267"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="269"/>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location filename="../../ui/window/batch_comparison.cpp" line="28"/>
        <source>&amp;Compare batch sizes...</source>
        <translation>&amp;Compare batch sizes...</translation>
    </message>
    <message>
        <location filename="../../ui/window/batch_comparison.cpp" line="32"/>
        <source>Train these settings with B = 1, your B and B = N one after another and overlay them</source>
        <translation>Train these settings with B = 1, your B and B = N one after another and overlay them</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="276"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="277"/>
        <source>&amp;Reset plot views</source>
        <translation>&amp;Reset plot views</translation>
    </message>
    <message>
        <location filename="../../ui/window/experiments_menu.cpp" line="35"/>
        <source>Batch-size s&amp;cience...</source>
        <translation>Batch-size s&amp;cience...</translation>
    </message>
    <message>
        <location filename="../../ui/window/experiments_menu.cpp" line="39"/>
        <source>Measure the critical batch size, the gradient noise scale, linear scaling and growing batches on the digits, as research papers did</source>
        <translation>Measure the critical batch size, the gradient noise scale, linear scaling and growing batches on the digits, as research papers did</translation>
    </message>
    <message>
        <location filename="../../ui/window/help_menu.cpp" line="16"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/window/help_menu.cpp" line="19"/>
        <source>&amp;About BatchLab</source>
        <translation>&amp;About BatchLab</translation>
    </message>
    <message>
        <location filename="../../ui/window/help_menu.cpp" line="29"/>
        <source>&lt;p&gt;The handwritten digits are the UCI &quot;Optical Recognition of Handwritten Digits&quot; data set by E. Alpaydin and C. Kaynak (1998), &lt;a href=&quot;https://doi.org/10.24432/C50P49&quot;&gt;doi:10.24432/C50P49&lt;/a&gt;, used under the Creative Commons Attribution 4.0 licence (CC BY 4.0).&lt;/p&gt;</source>
        <translation>&lt;p&gt;The handwritten digits are the UCI &quot;Optical Recognition of Handwritten Digits&quot; data set by E. Alpaydin and C. Kaynak (1998), &lt;a href=&quot;https://doi.org/10.24432/C50P49&quot;&gt;doi:10.24432/C50P49&lt;/a&gt;, used under the Creative Commons Attribution 4.0 licence (CC BY 4.0).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="125"/>
        <source>Count the x axis in weight updates (answer-sheet checks), epochs (passes over the exam), questions solved or seconds: kept runs read differently on each.</source>
        <translation>Count the x axis in weight updates (answer-sheet checks), epochs (passes over the exam), questions solved or seconds: kept runs read differently on each.</translation>
    </message>
    <message>
        <location filename="../../ui/window/help_menu.cpp" line="17"/>
        <source>&amp;Glossary</source>
        <translation>&amp;Glossary</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="160"/>
        <source>Loss per update</source>
        <translation>Loss per update</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="161"/>
        <source>Loss per epoch</source>
        <translation>Loss per epoch</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="162"/>
        <source>Practice exam</source>
        <translation>Practice exam</translation>
    </message>
    <message>
        <location filename="../../ui/window/export_actions.cpp" line="47"/>
        <source>Export worksheet of &amp;these runs...</source>
        <translation>Export worksheet of &amp;these runs...</translation>
    </message>
    <message>
        <location filename="../../ui/window/experiments_menu.cpp" line="30"/>
        <source>&amp;Sweep...</source>
        <translation>&amp;Sweep...</translation>
    </message>
    <message>
        <location filename="../../ui/window/experiments_menu.cpp" line="33"/>
        <source>Train many runs in the background, one per value and seed, and plot the mean and spread of their losses</source>
        <translation>Train many runs in the background, one per value and seed, and plot the mean and spread of their losses</translation>
    </message>
    <message>
        <location filename="../../ui/window/help_menu.cpp" line="21"/>
        <source>About BatchLab</source>
        <translation>About BatchLab</translation>
    </message>
    <message>
        <location filename="../../ui/window/help_menu.cpp" line="22"/>
        <source>&lt;p&gt;&lt;b&gt;BatchLab&lt;/b&gt; shows what &lt;code&gt;batch_size&lt;/code&gt; and &lt;code&gt;epochs&lt;/code&gt; mean in Keras&apos;s &lt;code&gt;model.fit&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;100 questions = 100 samples; the batch size is how many questions you solve before checking the answer sheet (one weight update); an epoch is one pass over the exam. Too many passes and you memorise the exam: overfitting.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;BatchLab&lt;/b&gt; shows what &lt;code&gt;batch_size&lt;/code&gt; and &lt;code&gt;epochs&lt;/code&gt; mean in Keras&apos;s &lt;code&gt;model.fit&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;100 questions = 100 samples; the batch size is how many questions you solve before checking the answer sheet (one weight update); an epoch is one pass over the exam. Too many passes and you memorise the exam: overfitting.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="92"/>
        <source>Reset view</source>
        <translation>Reset view</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="95"/>
        <source>Fit the plot to the data again and follow it (or double-click the plot). Drag to pan, wheel to zoom.</source>
        <translation>Fit the plot to the data again and follow it (or double-click the plot). Drag to pan, wheel to zoom.</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="99"/>
        <source>Export...</source>
        <translation>Export...</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="102"/>
        <source>Save this plot as PNG, JPG, BMP, PDF or SVG (right-click for more)</source>
        <translation>Save this plot as PNG, JPG, BMP, PDF or SVG (right-click for more)</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="130"/>
        <location filename="../../ui/window/plot_cards.cpp" line="183"/>
        <source>log y</source>
        <translation>log y</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="138"/>
        <source>Smoothing as in TensorBoard (exponential moving average with debiasing). 0 = off.</source>
        <translation>Smoothing as in TensorBoard (exponential moving average with debiasing). 0 = off.</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="145"/>
        <source>smoothing</source>
        <translation>smoothing</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="147"/>
        <source>x axis of the loss per update</source>
        <translation>x axis of the loss per update</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="148"/>
        <location filename="../../ui/window/plot_cards.cpp" line="190"/>
        <source>log x</source>
        <translation>log x</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="151"/>
        <location filename="../../ui/window/plot_cards.cpp" line="194"/>
        <source>A logarithmic x axis: runs of very different lengths side by side.</source>
        <translation>A logarithmic x axis: runs of very different lengths side by side.</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="164"/>
        <source>Loss per weight update (one check of a batch)</source>
        <translation>Loss per weight update (one check of a batch)</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="178"/>
        <source>Compare runs per epoch (pass over the exam), per weight update, per question solved or per second: small batches learn more per epoch, large ones more per update.</source>
        <translation>Compare runs per epoch (pass over the exam), per weight update, per question solved or per second: small batches learn more per epoch, large ones more per update.</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="185"/>
        <source>accuracy</source>
        <translation>accuracy</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="188"/>
        <source>Show the share of questions answered right (classification).</source>
        <translation>Show the share of questions answered right (classification).</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="192"/>
        <source>x axis of the loss per epoch</source>
        <translation>x axis of the loss per epoch</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="202"/>
        <source>Loss per epoch (one pass over the exam)</source>
        <translation>Loss per epoch (one pass over the exam)</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="208"/>
        <location filename="../../ui/window/run_views.cpp" line="39"/>
        <source>Practice exam and the model&apos;s answers</source>
        <translation>Practice exam and the model&apos;s answers</translation>
    </message>
    <message>
        <location filename="../../ui/window/playback_actions.cpp" line="79"/>
        <source>&amp;Play</source>
        <translation>&amp;Play</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="321"/>
        <source>Runs: keep, overlay and compare</source>
        <translation>Runs: keep, overlay and compare</translation>
    </message>
    <message>
        <location filename="../../ui/window/experiments_menu.cpp" line="27"/>
        <source>E&amp;xperiments</source>
        <translation>E&amp;xperiments</translation>
    </message>
    <message>
        <location filename="../../ui/window/batch_comparison.cpp" line="49"/>
        <location filename="../../ui/window/batch_comparison.cpp" line="77"/>
        <source>Cannot compare</source>
        <translation>Cannot compare</translation>
    </message>
    <message>
        <location filename="../../ui/window/batch_comparison.cpp" line="50"/>
        <source>B = %1: %2</source>
        <translation>B = %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/window/batch_comparison.cpp" line="66"/>
        <source>Compare batch sizes</source>
        <translation>Compare batch sizes</translation>
    </message>
    <message>
        <location filename="../../ui/window/batch_comparison.cpp" line="67"/>
        <source>Batch sizes to train one after another with the current settings (separated by commas):</source>
        <translation>Batch sizes to train one after another with the current settings (separated by commas):</translation>
    </message>
    <message>
        <location filename="../../ui/window/batch_comparison.cpp" line="79"/>
        <source>&quot;%1&quot; is not a batch size (a whole number from 1 to 1000000).</source>
        <translation>&quot;%1&quot; is not a batch size (a whole number from 1 to 1000000).</translation>
    </message>
    <message>
        <location filename="../../ui/window/batch_comparison.cpp" line="82"/>
        <source>Give between 1 and 12 batch sizes.</source>
        <translation>Give between 1 and 12 batch sizes.</translation>
    </message>
    <message>
        <location filename="../../ui/window/batch_comparison.cpp" line="94"/>
        <source>Comparing batch sizes: run %1 of %2</source>
        <translation>Comparing batch sizes: run %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/window/batch_comparison.cpp" line="99"/>
        <source>Comparison done: the runs are overlaid (Runs dock)</source>
        <translation>Comparison done: the runs are overlaid (Runs dock)</translation>
    </message>
    <message>
        <location filename="../../ui/window/export_actions.cpp" line="72"/>
        <source>BatchLab · %1 · after %2 epochs (%3 updates)</source>
        <translation>BatchLab · %1 · after %2 epochs (%3 updates)</translation>
    </message>
    <message>
        <location filename="../../ui/window/export_actions.cpp" line="86"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../ui/window/export_actions.cpp" line="139"/>
        <source>window</source>
        <translation>window</translation>
    </message>
    <message>
        <location filename="../../ui/window/export_actions.cpp" line="153"/>
        <source>Export per-epoch history</source>
        <translation>Export per-epoch history</translation>
    </message>
    <message>
        <location filename="../../ui/window/export_actions.cpp" line="154"/>
        <source>Export per-update history</source>
        <translation>Export per-update history</translation>
    </message>
    <message>
        <location filename="../../ui/window/export_actions.cpp" line="157"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/window/export_actions.cpp" line="177"/>
        <source>Image copied to the clipboard</source>
        <translation>Image copied to the clipboard</translation>
    </message>
</context>
<context>
    <name>ui::MetersDocks</name>
    <message>
        <location filename="../../ui/experiments/meters_docks.cpp" line="20"/>
        <source>Gradient noise</source>
        <translation>Gradient noise</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/meters_docks.cpp" line="25"/>
        <source>Cost per batch size</source>
        <translation>Cost per batch size</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/meters_docks.cpp" line="36"/>
        <source>How noisy a batch&apos;s gradient is for each batch size, measured beside the formula</source>
        <translation>How noisy a batch&apos;s gradient is for each batch size, measured beside the formula</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/meters_docks.cpp" line="39"/>
        <source>Time per update and per epoch, measured on this computer, and the memory one batch needs, computed from the network</source>
        <translation>Time per update and per epoch, measured on this computer, and the memory one batch needs, computed from the network</translation>
    </message>
</context>
<context>
    <name>ui::NoisePlot</name>
    <message>
        <location filename="../../ui/plots/noise_plot.cpp" line="111"/>
        <source>gradient noise</source>
        <translation>gradient noise</translation>
    </message>
    <message>
        <location filename="../../ui/plots/noise_plot.cpp" line="112"/>
        <source>batch size B (log₂ scale)</source>
        <translation>batch size B (log₂ scale)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/noise_plot.cpp" line="113"/>
        <source>variance of the batch gradient</source>
        <translation>variance of the batch gradient</translation>
    </message>
    <message>
        <location filename="../../ui/plots/noise_plot.cpp" line="114"/>
        <source>spread of the loss per update (sd)</source>
        <translation>spread of the loss per update (sd)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/noise_plot.cpp" line="124"/>
        <source>measured</source>
        <translation>measured</translation>
    </message>
    <message>
        <location filename="../../ui/plots/noise_plot.cpp" line="128"/>
        <source>formula (N − B) / (B (N − 1)) · σ²</source>
        <translation>formula (N − B) / (B (N − 1)) · σ²</translation>
    </message>
    <message>
        <location filename="../../ui/plots/noise_plot.cpp" line="131"/>
        <source>spread of the loss per update, kept runs (right axis)</source>
        <translation>spread of the loss per update, kept runs (right axis)</translation>
    </message>
</context>
<context>
    <name>ui::NoiseView</name>
    <message>
        <location filename="../../ui/experiments/noise_view.cpp" line="113"/>
        <source>The variance of a batch&apos;s gradient around the gradient of all questions, for each batch size, at the current weights: measured while the run trains.</source>
        <translation>The variance of a batch&apos;s gradient around the gradient of all questions, for each batch size, at the current weights: measured while the run trains.</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/noise_view.cpp" line="122"/>
        <source>N = %1 questions, %2 weights, per-question gradient variance σ² = %3. %4 of %5 batch sizes enumerated over every batch, the others sampled over random batches.</source>
        <translation>N = %1 questions, %2 weights, per-question gradient variance σ² = %3. %4 of %5 batch sizes enumerated over every batch, the others sampled over random batches.</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/noise_view.cpp" line="243"/>
        <source>The gradient noise cannot be measured: %1</source>
        <translation>The gradient noise cannot be measured: %1</translation>
    </message>
</context>
<context>
    <name>ui::PlotWidget</name>
    <message>
        <location filename="../../ui/plots/plot_widget.cpp" line="763"/>
        <source>Reset view</source>
        <translation>Reset view</translation>
    </message>
    <message>
        <location filename="../../ui/plots/plot_widget.cpp" line="765"/>
        <source>Export image...</source>
        <translation>Export image...</translation>
    </message>
    <message>
        <location filename="../../ui/plots/plot_widget.cpp" line="766"/>
        <source>Copy image</source>
        <translation>Copy image</translation>
    </message>
    <message>
        <location filename="../../ui/plots/plot_widget.cpp" line="768"/>
        <source>Export data as CSV...</source>
        <translation>Export data as CSV...</translation>
    </message>
</context>
<context>
    <name>ui::QuizWidget</name>
    <message>
        <location filename="../../ui/teaching/quiz_widget.cpp" line="17"/>
        <source>&lt;b&gt;Quiz&lt;/b&gt;: pick one answer for each question.</source>
        <translation>&lt;b&gt;Quiz&lt;/b&gt;: pick one answer for each question.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/quiz_widget.cpp" line="27"/>
        <source>Check the &amp;quiz</source>
        <translation>Check the &amp;quiz</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/quiz_widget.cpp" line="111"/>
        <source>&lt;i&gt;Not answered yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Not answered yet.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/quiz_widget.cpp" line="114"/>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;Right.&lt;/b&gt; %1</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;Right.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/quiz_widget.cpp" line="117"/>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;Not quite.&lt;/b&gt; The answer is: %1. %2</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;Not quite.&lt;/b&gt; The answer is: %1. %2</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/quiz_widget.cpp" line="123"/>
        <source>%1 of %2 right</source>
        <translation>%1 of %2 right</translation>
    </message>
</context>
<context>
    <name>ui::RunAxis</name>
    <message>
        <location filename="../../ui/plots/run_axis.cpp" line="83"/>
        <source>weight update</source>
        <translation>weight update</translation>
    </message>
    <message>
        <location filename="../../ui/plots/run_axis.cpp" line="85"/>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location filename="../../ui/plots/run_axis.cpp" line="87"/>
        <source>questions solved (samples seen)</source>
        <translation>questions solved (samples seen)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/run_axis.cpp" line="89"/>
        <source>seconds of training</source>
        <translation>seconds of training</translation>
    </message>
    <message>
        <location filename="../../ui/plots/run_axis.cpp" line="98"/>
        <source>x: weight update</source>
        <translation>x: weight update</translation>
    </message>
    <message>
        <location filename="../../ui/plots/run_axis.cpp" line="100"/>
        <source>x: epoch</source>
        <translation>x: epoch</translation>
    </message>
    <message>
        <location filename="../../ui/plots/run_axis.cpp" line="102"/>
        <source>x: questions solved</source>
        <translation>x: questions solved</translation>
    </message>
    <message>
        <location filename="../../ui/plots/run_axis.cpp" line="104"/>
        <source>x: seconds</source>
        <translation>x: seconds</translation>
    </message>
</context>
<context>
    <name>ui::RunFiles</name>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="61"/>
        <source>Open &amp;data (CSV)...</source>
        <translation>Open &amp;data (CSV)...</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="63"/>
        <source>Train on your own questions: a CSV file of numbers, one row per question, one column with the answers</source>
        <translation>Train on your own questions: a CSV file of numbers, one row per question, one column with the answers</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="66"/>
        <source>Use &amp;generated data</source>
        <translation>Use &amp;generated data</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="68"/>
        <source>&amp;Open run...</source>
        <translation>&amp;Open run...</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="70"/>
        <source>Show a saved run (a run record) as it was, without training it</source>
        <translation>Show a saved run (a run record) as it was, without training it</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="72"/>
        <source>&amp;Save run...</source>
        <translation>&amp;Save run...</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="74"/>
        <source>Save everything needed to reopen and replay this run exactly: settings, data, initial and final weights, history</source>
        <translation>Save everything needed to reopen and replay this run exactly: settings, data, initial and final weights, history</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="77"/>
        <source>Open &amp;comparison...</source>
        <translation>Open &amp;comparison...</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="78"/>
        <source>Add the runs of a saved comparison to the Runs dock, overlaid as they were saved</source>
        <translation>Add the runs of a saved comparison to the Runs dock, overlaid as they were saved</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="81"/>
        <source>Save co&amp;mparison...</source>
        <translation>Save co&amp;mparison...</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="82"/>
        <source>Save the kept runs (or, when none is kept, the runs shown) in one file: each one replays exactly</source>
        <translation>Save the kept runs (or, when none is kept, the runs shown) in one file: each one replays exactly</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="130"/>
        <location filename="../../ui/files/run_files.cpp" line="265"/>
        <source>Cannot open data</source>
        <translation>Cannot open data</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/files/run_files.cpp" line="138"/>
        <source>Training on %1: %n question(s)</source>
        <translation>
            <numerusform>Training on %1: %n question</numerusform>
            <numerusform>Training on %1: %n questions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="148"/>
        <source>The answers look sorted</source>
        <translation>The answers look sorted</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="181"/>
        <source>Cannot open run</source>
        <translation>Cannot open run</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="183"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="193"/>
        <source>Opened %1: the run as it was recorded, not trained again. Play trains it again from the same initial weights and checks that it is reproduced.</source>
        <translation>Opened %1: the run as it was recorded, not trained again. Play trains it again from the same initial weights and checks that it is reproduced.</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="196"/>
        <source>Opened %1: the record has no history, so it is being trained.</source>
        <translation>Opened %1: the record has no history, so it is being trained.</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="220"/>
        <source>Cannot save the run yet</source>
        <translation>Cannot save the run yet</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="221"/>
        <source>The run has not ended yet: a record holds a whole run, so that it can be replayed exactly. Let it finish (or raise the pace), then save.</source>
        <translation>The run has not ended yet: a record holds a whole run, so that it can be replayed exactly. Let it finish (or raise the pace), then save.</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="226"/>
        <source>Cannot save a stopped run</source>
        <translation>Cannot save a stopped run</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="227"/>
        <source>This run was stopped by hand before its end, so replaying it would not give the same history. Press Play to train it again and save it when it has ended.</source>
        <translation>This run was stopped by hand before its end, so replaying it would not give the same history. Press Play to train it again and save it when it has ended.</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="233"/>
        <location filename="../../ui/files/run_files.cpp" line="242"/>
        <source>Cannot save the run</source>
        <translation>Cannot save the run</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="233"/>
        <source>The run has no results to save.</source>
        <translation>The run has no results to save.</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="247"/>
        <source>Save run failed</source>
        <translation>Save run failed</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="250"/>
        <source>Saved the run to %1</source>
        <translation>Saved the run to %1</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="257"/>
        <source>Open data</source>
        <translation>Open data</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="257"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="276"/>
        <source>Open run</source>
        <translation>Open run</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="277"/>
        <source>Run records (*.json);;All files (*)</source>
        <translation>Run records (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="291"/>
        <location filename="../../ui/files/run_files.cpp" line="301"/>
        <source>Save run</source>
        <translation>Save run</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="292"/>
        <source>The run has not ended yet. Finish it now at full speed and save it then?</source>
        <translation>The run has not ended yet. Finish it now at full speed and save it then?</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="302"/>
        <source>Run records (*.json)</source>
        <translation>Run records (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="338"/>
        <source>Nothing to compare</source>
        <translation>Nothing to compare</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="339"/>
        <source>No run that has ended is kept or shown. Keep the runs to compare (the Keep box in the Runs dock) once they have ended, then save.</source>
        <translation>No run that has ended is kept or shown. Keep the runs to compare (the Keep box in the Runs dock) once they have ended, then save.</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="347"/>
        <source>Cannot save the comparison</source>
        <translation>Cannot save the comparison</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="352"/>
        <source>Save comparison failed</source>
        <translation>Save comparison failed</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/files/run_files.cpp" line="355"/>
        <source>Saved %n run(s) to %1</source>
        <translation>
            <numerusform>Saved %n run to %1</numerusform>
            <numerusform>Saved %n runs to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/files/run_files.cpp" line="359"/>
        <source>(%n run(s) left out: still training or stopped by hand)</source>
        <translation>
            <numerusform>(%n run left out: still training or stopped by hand)</numerusform>
            <numerusform>(%n runs left out: still training or stopped by hand)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="372"/>
        <source>Cannot open the comparison</source>
        <translation>Cannot open the comparison</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/files/run_files.cpp" line="384"/>
        <source>Opened %n run(s) from %1</source>
        <translation>
            <numerusform>Opened %n run from %1</numerusform>
            <numerusform>Opened %n runs from %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="392"/>
        <source>Open comparison</source>
        <translation>Open comparison</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="393"/>
        <source>Comparisons (*.batchlab-comparison);;All files (*)</source>
        <translation>Comparisons (*.batchlab-comparison);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="403"/>
        <source>Save comparison</source>
        <translation>Save comparison</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="405"/>
        <source>Comparisons (*.batchlab-comparison)</source>
        <translation>Comparisons (*.batchlab-comparison)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/files/run_files.cpp" line="445"/>
        <source>Trained again: the same history and the same final weights as the record, bit for bit (%n update(s)).</source>
        <translation>
            <numerusform>Trained again: the same history and the same final weights as the record, bit for bit (%n update).</numerusform>
            <numerusform>Trained again: the same history and the same final weights as the record, bit for bit (%n updates).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="448"/>
        <source>Trained again, but it differs from the record: %1</source>
        <translation>Trained again, but it differs from the record: %1</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="450"/>
        <source>the final weights differ</source>
        <translation>the final weights differ</translation>
    </message>
</context>
<context>
    <name>ui::RunStatusBar</name>
    <message>
        <location filename="../../ui/window/run_status_bar.cpp" line="42"/>
        <source>Epoch %1 / %2</source>
        <translation>Epoch %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/window/run_status_bar.cpp" line="43"/>
        <source>Update %1 / %2</source>
        <translation>Update %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/window/run_status_bar.cpp" line="47"/>
        <source>%1 updates/s</source>
        <translation>%1 updates/s</translation>
    </message>
    <message>
        <location filename="../../ui/window/run_status_bar.cpp" line="64"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/window/run_status_bar.cpp" line="70"/>
        <source>%1 (best weights of epoch %2 restored)</source>
        <translation>%1 (best weights of epoch %2 restored)</translation>
    </message>
    <message>
        <location filename="../../ui/window/run_status_bar.cpp" line="76"/>
        <source>goal reached after %1 weight updates (%2 questions solved)</source>
        <translation>goal reached after %1 weight updates (%2 questions solved)</translation>
    </message>
    <message>
        <location filename="../../ui/window/run_status_bar.cpp" line="80"/>
        <source>%1 (best epoch %2)</source>
        <translation>%1 (best epoch %2)</translation>
    </message>
    <message>
        <location filename="../../ui/window/run_status_bar.cpp" line="84"/>
        <source>%1 at update %2: %3</source>
        <translation>%1 at update %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/window/run_status_bar.cpp" line="92"/>
        <source>opened run, as recorded: %1</source>
        <translation>opened run, as recorded: %1</translation>
    </message>
</context>
<context>
    <name>ui::RunStore</name>
    <message>
        <location filename="../../ui/session/run_store.cpp" line="58"/>
        <source>B = %1 · E = %2 · %3 %4</source>
        <translation>B = %1 · E = %2 · %3 %4</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_store.cpp" line="83"/>
        <source> · N = %1</source>
        <translation> · N = %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_store.cpp" line="86"/>
        <source> · %1 % of answers wrong</source>
        <translation> · %1 % of answers wrong</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_store.cpp" line="89"/>
        <source> · data seed %1</source>
        <translation> · data seed %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_store.cpp" line="91"/>
        <source> · seed %1</source>
        <translation> · seed %1</translation>
    </message>
</context>
<context>
    <name>ui::RunsModel</name>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="114"/>
        <source>goal reached after %1 weight updates</source>
        <translation>goal reached after %1 weight updates</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="116"/>
        <source>%1 (opened record)</source>
        <translation>%1 (opened record)</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="146"/>
        <source>Draw this run in the plots</source>
        <translation>Draw this run in the plots</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="148"/>
        <source>Keep this run: kept runs are never dropped (the last %1 others are kept automatically)</source>
        <translation>Keep this run: kept runs are never dropped (the last %1 others are kept automatically)</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="163"/>
        <source>%1 (live)</source>
        <translation>%1 (live)</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="202"/>
        <source>batch_size: questions solved before each check of the answer sheet</source>
        <translation>batch_size: questions solved before each check of the answer sheet</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="204"/>
        <source>epochs: passes over the whole practice exam</source>
        <translation>epochs: passes over the whole practice exam</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="206"/>
        <source>Weight updates (answer-sheet checks) done</source>
        <translation>Weight updates (answer-sheet checks) done</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="208"/>
        <source>The best epoch by the loss the run watches (early stopping&apos;s monitor: the validation loss, the new exam, unless it watches the training loss)</source>
        <translation>The best epoch by the loss the run watches (early stopping&apos;s monitor: the validation loss, the new exam, unless it watches the training loss)</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="211"/>
        <source>Seconds of training per epoch on this computer (paced runs include the waiting)</source>
        <translation>Seconds of training per epoch on this computer (paced runs include the waiting)</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="221"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="223"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="225"/>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="231"/>
        <source>Optimizer</source>
        <translation>Optimizer</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="233"/>
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="235"/>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="237"/>
        <source>Best epoch</source>
        <translation>Best epoch</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="239"/>
        <source>Best val. loss</source>
        <translation>Best val. loss</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="241"/>
        <source>Train loss</source>
        <translation>Train loss</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="243"/>
        <source>Val. loss</source>
        <translation>Val. loss</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="245"/>
        <source>Train acc.</source>
        <translation>Train acc.</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="247"/>
        <source>Val. acc.</source>
        <translation>Val. acc.</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="249"/>
        <source>s / epoch</source>
        <translation>s / epoch</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="251"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ui::RunsView</name>
    <message>
        <location filename="../../ui/runs/runs_view.cpp" line="39"/>
        <source>Use these settings</source>
        <translation>Use these settings</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_view.cpp" line="40"/>
        <source>Put this run&apos;s settings back into the controls and train them</source>
        <translation>Put this run&apos;s settings back into the controls and train them</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_view.cpp" line="45"/>
        <source>Colour...</source>
        <translation>Colour...</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_view.cpp" line="47"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_view.cpp" line="51"/>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_view.cpp" line="56"/>
        <source>Hide all</source>
        <translation>Hide all</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_view.cpp" line="57"/>
        <source>Hide every kept run: only the live run stays in the plots</source>
        <translation>Hide every kept run: only the live run stays in the plots</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_view.cpp" line="125"/>
        <source>Colour of the run</source>
        <translation>Colour of the run</translation>
    </message>
</context>
<context>
    <name>ui::ScienceDialog</name>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="35"/>
        <source>Critical batch size (Shallue, McCandlish 2018)</source>
        <translation>Critical batch size (Shallue, McCandlish 2018)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="37"/>
        <source>Gradient noise scale during training (McCandlish 2018)</source>
        <translation>Gradient noise scale during training (McCandlish 2018)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="39"/>
        <source>Linear scaling with warm-up (Goyal 2017)</source>
        <translation>Linear scaling with warm-up (Goyal 2017)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="41"/>
        <source>Increase the batch instead of decaying the learning rate (Smith 2017)</source>
        <translation>Increase the batch instead of decaying the learning rate (Smith 2017)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="49"/>
        <location filename="../../ui/experiments/science_dialog.cpp" line="175"/>
        <source>Batch-size science</source>
        <translation>Batch-size science</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="58"/>
        <source>Each setting is trained with seeds 1..K (initial weights and shuffling); the plots show the mean</source>
        <translation>Each setting is trained with seeds 1..K (initial weights and shuffling); the plots show the mean</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="60"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="62"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="65"/>
        <source>&amp;Export image...</source>
        <translation>&amp;Export image...</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="67"/>
        <source>Save the plot shown as PNG, JPG, BMP, PDF or SVG</source>
        <translation>Save the plot shown as PNG, JPG, BMP, PDF or SVG</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="68"/>
        <source>Export C&amp;SV...</source>
        <translation>Export C&amp;SV...</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="70"/>
        <source>Save the results as CSV files in a folder: one row per run, one per epoch, and the fitted numbers</source>
        <translation>Save the results as CSV files in a folder: one row per run, one per epoch, and the fitted numbers</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="75"/>
        <source>On the digits: 1,297 practice pictures, 500 for validation. See docs/SCIENCE.md for what each experiment shows.</source>
        <translation>On the digits: 1,297 practice pictures, 500 for validation. See docs/SCIENCE.md for what each experiment shows.</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="81"/>
        <source>Experiment:</source>
        <translation>Experiment:</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="82"/>
        <source>Seeds:</source>
        <translation>Seeds:</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="173"/>
        <source>nothing to train</source>
        <translation>nothing to train</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="176"/>
        <source>The experiment cannot start: %1</source>
        <translation>The experiment cannot start: %1</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="209"/>
        <source>%1 of %2 runs done · about %3 s left</source>
        <translation>%1 of %2 runs done · about %3 s left</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="213"/>
        <source>%1 of %2 runs done</source>
        <translation>%1 of %2 runs done</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="216"/>
        <source>Cancelled after %1 of %2 runs.</source>
        <translation>Cancelled after %1 of %2 runs.</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="217"/>
        <source>%1 runs done in %2 s; they are in the Runs dock.</source>
        <translation>%1 runs done in %2 s; they are in the Runs dock.</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="221"/>
        <source>Critical batch size B_crit ≈ %1.</source>
        <translation>Critical batch size B_crit ≈ %1.</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="240"/>
        <source>%1 · digits: 1,297 practice pictures, 500 for validation · seeds 1 to %2</source>
        <translation>%1 · digits: 1,297 practice pictures, 500 for validation · seeds 1 to %2</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="262"/>
        <location filename="../../ui/experiments/science_dialog.cpp" line="273"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="280"/>
        <source>Folder for %1</source>
        <translation>Folder for %1</translation>
    </message>
</context>
<context>
    <name>ui::SciencePlot</name>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="81"/>
        <source>Updates to the goal against the batch size</source>
        <translation>Updates to the goal against the batch size</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="82"/>
        <source>batch size B (log scale)</source>
        <translation>batch size B (log scale)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="83"/>
        <source>weight updates S to the goal (log scale)</source>
        <translation>weight updates S to the goal (log scale)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="88"/>
        <source>Questions against updates to the goal</source>
        <translation>Questions against updates to the goal</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="89"/>
        <source>weight updates S (log scale)</source>
        <translation>weight updates S (log scale)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="90"/>
        <source>questions solved E = B·S (log scale)</source>
        <translation>questions solved E = B·S (log scale)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="95"/>
        <source>Gradient noise scale during training</source>
        <translation>Gradient noise scale during training</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="96"/>
        <location filename="../../ui/experiments/science_plot.cpp" line="103"/>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="98"/>
        <source>B_simple = tr(Σ)/|G|² (log scale)</source>
        <translation>B_simple = tr(Σ)/|G|² (log scale)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="102"/>
        <source>Per epoch</source>
        <translation>Per epoch</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="107"/>
        <source>Per weight update</source>
        <translation>Per weight update</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="108"/>
        <source>weight updates (log scale)</source>
        <translation>weight updates (log scale)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="112"/>
        <source>Final validation accuracy per k</source>
        <translation>Final validation accuracy per k</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="113"/>
        <source>k: batch size k·B₀ and learning rate k·lr₀ (log scale)</source>
        <translation>k: batch size k·B₀ and learning rate k·lr₀ (log scale)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="114"/>
        <source>final validation accuracy</source>
        <translation>final validation accuracy</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="147"/>
        <source>B_crit from the critical-batch fit = %1</source>
        <translation>B_crit from the critical-batch fit = %1</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="161"/>
        <source>measured: fewest updates (mean of seeds)</source>
        <translation>measured: fewest updates (mean of seeds)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="162"/>
        <source>measured: one point per batch size</source>
        <translation>measured: one point per batch size</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="192"/>
        <source>perfect scaling: S ∝ 1/B</source>
        <translation>perfect scaling: S ∝ 1/B</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="198"/>
        <source>fit: S = %1·(1 + %2/B), B_crit = %2</source>
        <translation>fit: S = %1·(1 + %2/B), B_crit = %2</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="201"/>
        <source>fit: (S/%1 − 1)(E/%2 − 1) = 1</source>
        <translation>fit: (S/%1 − 1)(E/%2 − 1) = 1</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="222"/>
        <source>validation loss (mean of seeds)</source>
        <translation>validation loss (mean of seeds)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="223"/>
        <source>validation accuracy (mean of seeds)</source>
        <translation>validation accuracy (mean of seeds)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="235"/>
        <source>without warm-up</source>
        <translation>without warm-up</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="236"/>
        <source>with warm-up</source>
        <translation>with warm-up</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="258"/>
        <source>seed %1</source>
        <translation>seed %1</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="261"/>
        <source>learning rate ÷%1 per phase (B = %2)</source>
        <translation>learning rate ÷%1 per phase (B = %2)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="264"/>
        <source>batch ×%1 per phase (B = %2 → %3)</source>
        <translation>batch ×%1 per phase (B = %2 → %3)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="269"/>
        <source>k = %1 (B = %2, lr = %3)</source>
        <translation>k = %1 (B = %2, lr = %3)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="274"/>
        <source>, warm-up</source>
        <translation>, warm-up</translation>
    </message>
</context>
<context>
    <name>ui::SecondsTicker</name>
    <message>
        <location filename="../../ui/plots/seconds_ticker.cpp" line="20"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../ui/plots/seconds_ticker.cpp" line="22"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../../ui/plots/seconds_ticker.cpp" line="24"/>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <location filename="../../ui/plots/seconds_ticker.cpp" line="25"/>
        <source>%1 ns</source>
        <translation>%1 ns</translation>
    </message>
</context>
<context>
    <name>ui::SweepDialog</name>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="42"/>
        <source>&amp;Start sweep</source>
        <translation>&amp;Start sweep</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="45"/>
        <source>Sweep</source>
        <translation>Sweep</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="50"/>
        <source>The setting that changes from run to run; everything else stays as in the window</source>
        <translation>The setting that changes from run to run; everything else stays as in the window</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="52"/>
        <source>The values to train, separated by commas</source>
        <translation>The values to train, separated by commas</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="55"/>
        <source>Runs per value: seed S sets the initial weights and the shuffling, so the spread over seeds shows how much is luck</source>
        <translation>Runs per value: seed S sets the initial weights and the shuffling, so the spread over seeds shows how much is luck</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="59"/>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="104"/>
        <source>Scale the learning rate with the batch size (lr × B / %1)</source>
        <translation>Scale the learning rate with the batch size (lr × B / %1)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="61"/>
        <source>The linear rule: a batch twice as large takes steps twice as large</source>
        <translation>The linear rule: a batch twice as large takes steps twice as large</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="62"/>
        <source>Each seed also draws new data (another practice exam)</source>
        <translation>Each seed also draws new data (another practice exam)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="68"/>
        <source>&amp;Sweep:</source>
        <translation>&amp;Sweep:</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="69"/>
        <source>&amp;Values:</source>
        <translation>&amp;Values:</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="70"/>
        <source>S&amp;eeds per value:</source>
        <translation>S&amp;eeds per value:</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="71"/>
        <source>E&amp;pochs:</source>
        <translation>E&amp;pochs:</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="132"/>
        <source>At most %1 values.</source>
        <translation>At most %1 values.</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="141"/>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>&apos;%1&apos; is not a number.</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="148"/>
        <source>%1 = %2: needs a whole number from %3 to %4.</source>
        <translation>%1 = %2: needs a whole number from %3 to %4.</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="155"/>
        <source>%1 = %2: needs a number above %3 and at most %4.</source>
        <translation>%1 = %2: needs a number above %3 and at most %4.</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="163"/>
        <source>%1 = %2 is given twice.</source>
        <translation>%1 = %2 is given twice.</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="169"/>
        <source>Give at least one value.</source>
        <translation>Give at least one value.</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="174"/>
        <source>%1 values × %2 seeds are %3 runs: a sweep trains at most %4.</source>
        <translation>%1 values × %2 seeds are %3 runs: a sweep trains at most %4.</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="211"/>
        <source>This sweep cannot run: %1</source>
        <translation>This sweep cannot run: %1</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="214"/>
        <source>Every finished run is kept in the Runs panel (not shown until you tick it).</source>
        <translation>Every finished run is kept in the Runs panel (not shown until you tick it).</translation>
    </message>
</context>
<context>
    <name>ui::SweepJob</name>
    <message>
        <location filename="../../ui/session/sweep_job.cpp" line="149"/>
        <source>%1 · seed %2</source>
        <translation>%1 · seed %2</translation>
    </message>
</context>
<context>
    <name>ui::SweepPlot</name>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="55"/>
        <source>epochs until the best validation loss</source>
        <translation>epochs until the best validation loss</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="57"/>
        <source>best validation loss</source>
        <translation>best validation loss</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="59"/>
        <source>final training loss</source>
        <translation>final training loss</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="61"/>
        <source>final validation loss</source>
        <translation>final validation loss</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="63"/>
        <source>gap: final validation minus training loss (overfitting)</source>
        <translation>gap: final validation minus training loss (overfitting)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="65"/>
        <source>overfitting from epoch</source>
        <translation>overfitting from epoch</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="67"/>
        <source>weight updates</source>
        <translation>weight updates</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="69"/>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="71"/>
        <source>weight updates until the best</source>
        <translation>weight updates until the best</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="73"/>
        <source>questions solved until the best</source>
        <translation>questions solved until the best</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="75"/>
        <source>seconds until the best</source>
        <translation>seconds until the best</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="84"/>
        <source>batch size</source>
        <translation>batch size</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="86"/>
        <source>epochs</source>
        <translation>epochs</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="88"/>
        <source>learning rate</source>
        <translation>learning rate</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="96"/>
        <source>Sweep: loss</source>
        <translation>Sweep: loss</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="96"/>
        <source>Sweep: cost of the best</source>
        <translation>Sweep: cost of the best</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="102"/>
        <source>loss (mean ± standard deviation over seeds)</source>
        <translation>loss (mean ± standard deviation over seeds)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="183"/>
        <source>epochs until the best (mean ± sd)</source>
        <translation>epochs until the best (mean ± sd)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="185"/>
        <source>weight updates until the best (mean ± sd)</source>
        <translation>weight updates until the best (mean ± sd)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="187"/>
        <source>questions solved until the best (mean ± sd)</source>
        <translation>questions solved until the best (mean ± sd)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="189"/>
        <source>seconds until the best (mean ± sd)</source>
        <translation>seconds until the best (mean ± sd)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="238"/>
        <source>batch size (log₂ scale)</source>
        <translation>batch size (log₂ scale)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="239"/>
        <source>%1 (log scale)</source>
        <translation>%1 (log scale)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="364"/>
        <source>%1 = %2 (%3 runs)</source>
        <translation>%1 = %2 (%3 runs)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="372"/>
        <source>%1: %2 ± %3</source>
        <translation>%1: %2 ± %3</translation>
    </message>
</context>
<context>
    <name>ui::SweepView</name>
    <message>
        <location filename="../../ui/experiments/sweep_view.cpp" line="19"/>
        <source>Cancel sweep</source>
        <translation>Cancel sweep</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_view.cpp" line="25"/>
        <source>Stop every run of the sweep now; finished runs are kept</source>
        <translation>Stop every run of the sweep now; finished runs are kept</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_view.cpp" line="58"/>
        <source>%1 of %2 runs</source>
        <translation>%1 of %2 runs</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_view.cpp" line="63"/>
        <source>about %1 s left (%2 workers)</source>
        <translation>about %1 s left (%2 workers)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_view.cpp" line="66"/>
        <source>first runs training (%1 workers)</source>
        <translation>first runs training (%1 workers)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_view.cpp" line="68"/>
        <source>no sweep yet</source>
        <translation>no sweep yet</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_view.cpp" line="70"/>
        <source>cancelled after %1 runs</source>
        <translation>cancelled after %1 runs</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_view.cpp" line="72"/>
        <source>done: %1 runs in %2 s</source>
        <translation>done: %1 runs in %2 s</translation>
    </message>
</context>
<context>
    <name>ui::TeachingDocks</name>
    <message>
        <location filename="../../ui/teaching/teaching_docks.cpp" line="34"/>
        <location filename="../../ui/teaching/teaching_docks.cpp" line="103"/>
        <source>Exam view: the questions of each batch</source>
        <translation>Exam view: the questions of each batch</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/teaching_docks.cpp" line="52"/>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/teaching_docks.cpp" line="58"/>
        <source>Keras code</source>
        <translation>Keras code</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/teaching_docks.cpp" line="104"/>
        <source>%1 · kept run %2</source>
        <translation>%1 · kept run %2</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/teaching_docks.cpp" line="145"/>
        <source>&amp;Lessons</source>
        <translation>&amp;Lessons</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/teaching_docks.cpp" line="163"/>
        <source>&amp;Open lesson file…</source>
        <translation>&amp;Open lesson file…</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/teaching_docks.cpp" line="164"/>
        <source>Open the &amp;teachers&apos; lesson folder</source>
        <translation>Open the &amp;teachers&apos; lesson folder</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/teaching_docks.cpp" line="166"/>
        <source>Lesson folder</source>
        <translation>Lesson folder</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/teaching_docks.cpp" line="167"/>
        <source>Put lesson files (&lt;id&gt;.&lt;language&gt;.json, like the ones in resources/lessons/) into
%1
They appear in this menu.</source>
        <translation>Put lesson files (&lt;id&gt;.&lt;language&gt;.json, like the ones in resources/lessons/) into
%1
They appear in this menu.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/teaching_docks.cpp" line="182"/>
        <source>Open a lesson</source>
        <translation>Open a lesson</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/teaching_docks.cpp" line="183"/>
        <source>Lessons (*.json)</source>
        <translation>Lessons (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/teaching_docks.cpp" line="189"/>
        <source>This lesson cannot be used</source>
        <translation>This lesson cannot be used</translation>
    </message>
</context>
<context>
    <name>ui::WorksheetExportJob</name>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="1107"/>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
</context>
<context>
    <name>ui::WrongPictures</name>
    <message>
        <location filename="../../ui/plots/wrong_pictures.cpp" line="16"/>
        <source>Pictures the model still gets wrong</source>
        <translation>Pictures the model still gets wrong</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plots/wrong_pictures.cpp" line="42"/>
        <location filename="../../ui/plots/wrong_pictures.cpp" line="97"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plots/wrong_pictures.cpp" line="81"/>
        <source>none: the model answers every picture of the practice exam right</source>
        <translation>none: the model answers every picture of the practice exam right</translation>
    </message>
    <message>
        <location filename="../../ui/plots/wrong_pictures.cpp" line="121"/>
        <source>Question %1: the answer sheet says %2, the model answers %3. Click to select it in the exam view.</source>
        <translation>Question %1: the answer sheet says %2, the model answers %3. Click to select it in the exam view.</translation>
    </message>
</context>
</TS>

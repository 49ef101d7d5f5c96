<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CsvExporter</name>
    <message>
        <location filename="../../ui/csv_exporter.cpp" line="28"/>
        <source>Could not write %1:
%2</source>
        <translation>Could not write %1:
%2</translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message>
        <location filename="../../ui/failure_text.cpp" line="13"/>
        <source>There is not enough memory for this (fewer rows, a smaller batch or a smaller network would fit).</source>
        <translation>There is not enough memory for this (fewer rows, a smaller batch or a smaller network would fit).</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <location filename="../../app/headless.cpp" line="83"/>
        <source>Train without a window (this mode).</source>
        <translation>Train without a window (this mode).</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="85"/>
        <source>Write the outputs into DIR (created if needed).</source>
        <translation>Write the outputs into DIR (created if needed).</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="87"/>
        <source>What to write, comma-separated: csv (updates.csv, epochs.csv), png, svg, pdf (loss_per_update, loss_per_epoch and data plots), record (run.json). Default: csv,png,record.</source>
        <translation>What to write, comma-separated: csv (updates.csv, epochs.csv), png, svg, pdf (loss_per_update, loss_per_epoch and data plots), record (run.json). Default: csv,png,record.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="92"/>
        <source>Plot size in logical pixels (points for PDF), caption included. Default: 1200x700.</source>
        <translation>Plot size in logical pixels (points for PDF), caption included. Default: 1200x700.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="95"/>
        <source>PNG pixels per logical pixel (2 for sharp slides). Default: 1.</source>
        <translation>PNG pixels per logical pixel (2 for sharp slides). Default: 1.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="98"/>
        <source>Plots without the caption strip of the settings.</source>
        <translation>Plots without the caption strip of the settings.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="100"/>
        <source>Retrain a run record from its data and initial weights and check that the history is reproduced exactly.</source>
        <translation>Retrain a run record from its data and initial weights and check that the history is reproduced exactly.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="103"/>
        <source>Generated data: moons, circles, spiral, xor, blobs, sine or polynomial. Default: moons.</source>
        <translation>Generated data: moons, circles, spiral, xor, blobs, sine or polynomial. Default: moons.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="105"/>
        <source>Generated training rows. Default: 30.</source>
        <translation>Generated training rows. Default: 30.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="107"/>
        <source>Generated validation rows (a separate, unseen exam; 0 for none). Default: 200.</source>
        <translation>Generated validation rows (a separate, unseen exam; 0 for none). Default: 200.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="109"/>
        <source>Noise of the generated data. Default: 0.35.</source>
        <translation>Noise of the generated data. Default: 0.35.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="111"/>
        <source>Probability of a flipped label (classification), 0 to 0.5.</source>
        <translation>Probability of a flipped label (classification), 0 to 0.5.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="113"/>
        <source>Your own data: a CSV file of numbers, one row per sample.</source>
        <translation>Your own data: a CSV file of numbers, one row per sample.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="115"/>
        <source>With --data: the target column, by header name or number from 1. Default: the last column.</source>
        <translation>With --data: the target column, by header name or number from 1. Default: the last column.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="118"/>
        <source>With --data: whether the first line holds column names. Default: auto.</source>
        <translation>With --data: whether the first line holds column names. Default: auto.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="121"/>
        <source>With --data: the kind of task. Default: auto (binary classification when the target has exactly two values).</source>
        <translation>With --data: the kind of task. Default: auto (binary classification when the target has exactly two values).</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="124"/>
        <source>With --data: scale every input to mean 0 and standard deviation 1.</source>
        <translation>With --data: scale every input to mean 0 and standard deviation 1.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="127"/>
        <source>One seed for the data, the initial weights and the shuffling (as keras.utils.set_random_seed). Default: 1.</source>
        <translation>One seed for the data, the initial weights and the shuffling (as keras.utils.set_random_seed). Default: 1.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="129"/>
        <source>Seed of the generated data only.</source>
        <translation>Seed of the generated data only.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="130"/>
        <source>Seed of the initial weights only.</source>
        <translation>Seed of the initial weights only.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="131"/>
        <source>Seed of the shuffling only.</source>
        <translation>Seed of the shuffling only.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="133"/>
        <source>Hidden layer widths, comma-separated, or none. Default: 64,64.</source>
        <translation>Hidden layer widths, comma-separated, or none. Default: 64,64.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="136"/>
        <source>tanh, relu, sigmoid or linear. Default: tanh.</source>
        <translation>tanh, relu, sigmoid or linear. Default: tanh.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="137"/>
        <source>sgd, momentum or adam. Default: adam.</source>
        <translation>sgd, momentum or adam. Default: adam.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="139"/>
        <source>Learning rate. Default: 0.01 (with --optimizer alone: Keras&apos;s default for it, sgd 0.01, adam 0.001).</source>
        <translation>Learning rate. Default: 0.01 (with --optimizer alone: Keras&apos;s default for it, sgd 0.01, adam 0.001).</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="141"/>
        <source>Momentum, in [0, 1). Default: 0.9.</source>
        <translation>Momentum, in [0, 1). Default: 0.9.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="142"/>
        <source>Adam&apos;s beta_1. Default: 0.9.</source>
        <translation>Adam&apos;s beta_1. Default: 0.9.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="143"/>
        <source>Adam&apos;s beta_2. Default: 0.999.</source>
        <translation>Adam&apos;s beta_2. Default: 0.999.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="144"/>
        <source>Adam&apos;s epsilon. Default: 1e-7.</source>
        <translation>Adam&apos;s epsilon. Default: 1e-7.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="145"/>
        <source>Batch size. Default: 4.</source>
        <translation>Batch size. Default: 4.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="146"/>
        <source>Epochs. Default: 300.</source>
        <translation>Epochs. Default: 300.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="148"/>
        <source>Reshuffle the training rows before every epoch. Default: true.</source>
        <translation>Reshuffle the training rows before every epoch. Default: true.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="151"/>
        <source>Use the last fraction V of the rows for validation, as Keras does (instead of a separate validation set).</source>
        <translation>Use the last fraction V of the rows for validation, as Keras does (instead of a separate validation set).</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="154"/>
        <source>Stop when the monitored loss stops improving.</source>
        <translation>Stop when the monitored loss stops improving.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="156"/>
        <source>Early stopping: what to watch. Default: val_loss.</source>
        <translation>Early stopping: what to watch. Default: val_loss.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="158"/>
        <source>Early stopping: epochs without improvement before stopping. Default: 0.</source>
        <translation>Early stopping: epochs without improvement before stopping. Default: 0.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="161"/>
        <source>Early stopping: the smallest change that counts as an improvement. Default: 0.</source>
        <translation>Early stopping: the smallest change that counts as an improvement. Default: 0.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="164"/>
        <source>Early stopping: end with the weights of the best epoch.</source>
        <translation>Early stopping: end with the weights of the best epoch.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="166"/>
        <source>Early stopping: ignore the first N epochs. Default: 0.</source>
        <translation>Early stopping: ignore the first N epochs. Default: 0.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="167"/>
        <source>No progress bar.</source>
        <translation>No progress bar.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="214"/>
        <source>--%1 %2, not &apos;%3&apos;</source>
        <translation>--%1 %2, not &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="224"/>
        <source>needs a whole number from %1 to %2</source>
        <translation>needs a whole number from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="232"/>
        <source>needs a whole number &gt;= 0</source>
        <translation>needs a whole number &gt;= 0</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="248"/>
        <source>needs a number in %1</source>
        <translation>needs a number in %1</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="261"/>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="268"/>
        <source>must be one of %1</source>
        <translation>must be one of %1</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="289"/>
        <source>--out DIR is required (where to write the files)</source>
        <translation>--out DIR is required (where to write the files)</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="292"/>
        <source>--out needs a directory name</source>
        <translation>--out needs a directory name</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="296"/>
        <source>needs a list of csv, png, svg, pdf, record</source>
        <translation>needs a list of csv, png, svg, pdf, record</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="308"/>
        <source>lists &apos;%1&apos;; the choices are csv, png, svg, pdf, record</source>
        <translation>lists &apos;%1&apos;; the choices are csv, png, svg, pdf, record</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="318"/>
        <source>needs WIDTHxHEIGHT from 200x150 to 10000x10000</source>
        <translation>needs WIDTHxHEIGHT from 200x150 to 10000x10000</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="345"/>
        <source>--dataset and --data exclude each other (generated data or a file)</source>
        <translation>--dataset and --data exclude each other (generated data or a file)</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="350"/>
        <source>--%1 goes with --data FILE.csv</source>
        <translation>--%1 goes with --data FILE.csv</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="354"/>
        <source>--%1 is for generated data; it cannot go with --data</source>
        <translation>--%1 is for generated data; it cannot go with --data</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="388"/>
        <source>allows at most 16 hidden layers</source>
        <translation>allows at most 16 hidden layers</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="394"/>
        <source>needs widths from 1 to 4096 separated by commas, or none</source>
        <translation>needs widths from 1 to 4096 separated by commas, or none</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="442"/>
        <source>--monitor, --patience, --min-delta, --restore-best-weights and --start-from-epoch go with --early-stopping</source>
        <translation>--monitor, --patience, --min-delta, --restore-best-weights and --start-from-epoch go with --early-stopping</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="452"/>
        <source>must be val_loss or loss</source>
        <translation>must be val_loss or loss</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="469"/>
        <source>needs a column name or number</source>
        <translation>needs a column name or number</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="472"/>
        <source>needs a column number from 1</source>
        <translation>needs a column number from 1</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="487"/>
        <source>must be auto, yes or no</source>
        <translation>must be auto, yes or no</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="496"/>
        <source>must be auto, regression or classification</source>
        <translation>must be auto, regression or classification</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="521"/>
        <source>these settings cannot train: %1</source>
        <translation>these settings cannot train: %1</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="525"/>
        <source>--early-stopping watches val_loss, but there are no validation rows: give --validation-split or --val-size, or --monitor loss</source>
        <translation>--early-stopping watches val_loss, but there are no validation rows: give --validation-split or --val-size, or --monitor loss</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="567"/>
        <source>epoch %1/%2, update %3/%4</source>
        <translation>epoch %1/%2, update %3/%4</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="591"/>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="604"/>
        <source>BatchLab · %1 · after %2 epochs (%3 updates)</source>
        <translation>BatchLab · %1 · after %2 epochs (%3 updates)</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="662"/>
        <source>cannot create the directory %1</source>
        <translation>cannot create the directory %1</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="692"/>
        <source>--replay trains the record as it is written; --%1 cannot be combined with it</source>
        <translation>--replay trains the record as it is written; --%1 cannot be combined with it</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="714"/>
        <source>--write record: %1 (leave out record)</source>
        <translation>--write record: %1 (leave out record)</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="725"/>
        <source>the run cannot train: %1</source>
        <translation>the run cannot train: %1</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="739"/>
        <source>the replay differs from the record: %1</source>
        <translation>the replay differs from the record: %1</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="740"/>
        <source>the final weights differ</source>
        <translation>the final weights differ</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="745"/>
        <source>the replay reproduces the record exactly (%1 epochs, %2 updates)</source>
        <translation>the replay reproduces the record exactly (%1 epochs, %2 updates)</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="793"/>
        <source>Trains a run without a window and writes its histories, plots and run record.
Without settings it trains the window&apos;s default run. Exit codes: 0 done, 2 bad arguments or input, 1 anything else.</source>
        <translation>Trains a run without a window and writes its histories, plots and run record.
Without settings it trains the window&apos;s default run. Exit codes: 0 done, 2 bad arguments or input, 1 anything else.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="808"/>
        <source>Try &apos;batchlab --headless --help&apos;.</source>
        <translation>Try &apos;batchlab --headless --help&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="816"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unexpected argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="830"/>
        <source>there was not enough memory for this run (try fewer rows, a smaller batch or a smaller network)</source>
        <translation>there was not enough memory for this run (try fewer rows, a smaller batch or a smaller network)</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="834"/>
        <source>the run failed: %1</source>
        <translation>the run failed: %1</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="837"/>
        <source>the run failed for an unknown reason</source>
        <translation>the run failed for an unknown reason</translation>
    </message>
</context>
<context>
    <name>ImageExporter</name>
    <message>
        <location filename="../../ui/image_exporter.cpp" line="91"/>
        <source>Could not write %1:
%2</source>
        <translation>Could not write %1:
%2</translation>
    </message>
    <message>
        <location filename="../../ui/image_exporter.cpp" line="136"/>
        <source>the %1 could not be drawn</source>
        <translation>the %1 could not be drawn</translation>
    </message>
    <message>
        <location filename="../../ui/image_exporter.cpp" line="170"/>
        <source>unknown image format &apos;%1&apos; (use PNG, JPG, BMP, PDF or SVG)</source>
        <translation>unknown image format &apos;%1&apos; (use PNG, JPG, BMP, PDF or SVG)</translation>
    </message>
    <message>
        <location filename="../../ui/image_exporter.cpp" line="177"/>
        <source>the image size %1 × %2 (scale %3) is out of range</source>
        <translation>the image size %1 × %2 (scale %3) is out of range</translation>
    </message>
</context>
<context>
    <name>RunDescription</name>
    <message>
        <location filename="../../ui/run_description.cpp" line="12"/>
        <source>Two moons</source>
        <translation>Two moons</translation>
    </message>
    <message>
        <location filename="../../ui/run_description.cpp" line="14"/>
        <source>Circles</source>
        <translation>Circles</translation>
    </message>
    <message>
        <location filename="../../ui/run_description.cpp" line="16"/>
        <source>Spiral</source>
        <translation>Spiral</translation>
    </message>
    <message>
        <location filename="../../ui/run_description.cpp" line="18"/>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <location filename="../../ui/run_description.cpp" line="20"/>
        <source>Blobs</source>
        <translation>Blobs</translation>
    </message>
    <message>
        <location filename="../../ui/run_description.cpp" line="22"/>
        <source>Sine (regression)</source>
        <translation>Sine (regression)</translation>
    </message>
    <message>
        <location filename="../../ui/run_description.cpp" line="24"/>
        <source>Polynomial (regression)</source>
        <translation>Polynomial (regression)</translation>
    </message>
    <message>
        <location filename="../../ui/run_description.cpp" line="48"/>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <location filename="../../ui/run_description.cpp" line="50"/>
        <source>SGD with momentum</source>
        <translation>SGD with momentum</translation>
    </message>
    <message>
        <location filename="../../ui/run_description.cpp" line="52"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../../ui/run_description.cpp" line="60"/>
        <source>No training rows</source>
        <translation>No training rows</translation>
    </message>
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
    <message>
        <location filename="../../ui/run_description.cpp" line="88"/>
        <source>validation_split %1</source>
        <translation>validation_split %1</translation>
    </message>
    <message>
        <location filename="../../ui/run_description.cpp" line="89"/>
        <source>validation %1 rows</source>
        <translation>validation %1 rows</translation>
    </message>
    <message>
        <location filename="../../ui/run_description.cpp" line="92"/>
        <source>, EarlyStopping(patience %1, min_delta %2%3)</source>
        <translation>, EarlyStopping(patience %1, min_delta %2%3)</translation>
    </message>
    <message>
        <location filename="../../ui/run_description.cpp" line="95"/>
        <source>, restore best</source>
        <translation>, restore best</translation>
    </message>
    <message>
        <location filename="../../ui/run_description.cpp" line="97"/>
        <source>%1, N = %2, noise %3, seed %4, %5 · network %6-%7%8 %9, init seed %10 · %11 lr %12 · batch_size %13, epochs %14, shuffle %15%16</source>
        <translation>%1, N = %2, noise %3, seed %4, %5 · network %6-%7%8 %9, init seed %10 · %11 lr %12 · batch_size %13, epochs %14, shuffle %15%16</translation>
    </message>
    <message>
        <location filename="../../ui/run_description.cpp" line="113"/>
        <location filename="../../ui/run_description.cpp" line="139"/>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../../ui/run_description.cpp" line="113"/>
        <location filename="../../ui/run_description.cpp" line="139"/>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../../ui/run_description.cpp" line="126"/>
        <source>%1 (%2 training rows, %3 validation rows) · network %4-%5%6 %7 · %8 lr %9 · batch_size %10, epochs %11, shuffle %12</source>
        <translation>%1 (%2 training rows, %3 validation rows) · network %4-%5%6 %7 · %8 lr %9 · batch_size %10, epochs %11, shuffle %12</translation>
    </message>
    <message>
        <location filename="../../ui/run_description.cpp" line="128"/>
        <source>your data</source>
        <translation>your data</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.cpp" line="96"/>
        <source>See what batch_size and epochs mean while a neural network trains.</source>
        <translation>See what batch_size and epochs mean while a neural network trains.</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="102"/>
        <source>Train, save an image of the whole window to &lt;file&gt; and exit.</source>
        <translation>Train, save an image of the whole window to &lt;file&gt; and exit.</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="107"/>
        <source>With --screenshot: train &lt;k&gt; epochs first (default: the whole run).</source>
        <translation>With --screenshot: train &lt;k&gt; epochs first (default: the whole run).</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="112"/>
        <source>Start from the default settings, not the saved ones.</source>
        <translation>Start from the default settings, not the saved ones.</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="116"/>
        <source>The interface language for this start: en or ko (default: as chosen in View &gt; Language, else the system&apos;s).</source>
        <translation>The interface language for this start: en or ko (default: as chosen in View &gt; Language, else the system&apos;s).</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="122"/>
        <source>Open the classroom scenario &lt;file&gt; (settings, lesson, font size and the controls students may use).</source>
        <translation>Open the classroom scenario &lt;file&gt; (settings, lesson, font size and the controls students may use).</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="132"/>
        <source>A run record (.json) to open as it was recorded, or a CSV file of your own questions to train on.</source>
        <translation>A run record (.json) to open as it was recorded, or a CSV file of your own questions to train on.</translation>
    </message>
</context>
<context>
    <name>ui::Classroom</name>
    <message>
        <location filename="../../ui/classroom.cpp" line="112"/>
        <source>the data</source>
        <translation>the data</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="114"/>
        <source>the validation</source>
        <translation>the validation</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="117"/>
        <source>the model (the window gives every hidden layer the same units)</source>
        <translation>the model (the window gives every hidden layer the same units)</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="119"/>
        <source>the optimizer</source>
        <translation>the optimizer</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="121"/>
        <source>early stopping</source>
        <translation>early stopping</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="122"/>
        <source>batch size, epochs or shuffling</source>
        <translation>batch size, epochs or shuffling</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="257"/>
        <source>&amp;Classroom mode</source>
        <translation>&amp;Classroom mode</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="261"/>
        <source>Large fonts and high contrast for a projector (Ctrl+Shift+C)</source>
        <translation>Large fonts and high contrast for a projector (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="263"/>
        <source>Classroom &amp;setup...</source>
        <translation>Classroom &amp;setup...</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="271"/>
        <source>&amp;Open scenario...</source>
        <translation>&amp;Open scenario...</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="272"/>
        <source>Open a classroom scenario a teacher saved: settings, lesson, font size and the controls students may use.</source>
        <translation>Open a classroom scenario a teacher saved: settings, lesson, font size and the controls students may use.</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="275"/>
        <source>Sa&amp;ve scenario...</source>
        <translation>Sa&amp;ve scenario...</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="276"/>
        <source>Save the settings, the running lesson and the classroom setup as a scenario for students.</source>
        <translation>Save the settings, the running lesson and the classroom setup as a scenario for students.</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="288"/>
        <source>Note from the teacher</source>
        <translation>Note from the teacher</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="532"/>
        <location filename="../../ui/classroom.cpp" line="582"/>
        <location filename="../../ui/classroom.cpp" line="591"/>
        <source>This scenario cannot be used</source>
        <translation>This scenario cannot be used</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="533"/>
        <source>The window&apos;s controls cannot show %1 of this scenario as written.</source>
        <translation>The window&apos;s controls cannot show %1 of this scenario as written.</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="565"/>
        <source>Lesson not found</source>
        <translation>Lesson not found</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="566"/>
        <source>This scenario starts the lesson &quot;%1&quot;, which this BatchLab does not have. Its settings are used without the lesson.</source>
        <translation>This scenario starts the lesson &quot;%1&quot;, which this BatchLab does not have. Its settings are used without the lesson.</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="577"/>
        <source>Cannot open the scenario</source>
        <translation>Cannot open the scenario</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="578"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="583"/>
        <source>%1 is too large for a scenario (more than 1 MB).</source>
        <translation>%1 is too large for a scenario (more than 1 MB).</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="591"/>
        <source>%1:
%2</source>
        <translation>%1:
%2</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="603"/>
        <location filename="../../ui/classroom.cpp" line="614"/>
        <source>Cannot save the scenario</source>
        <translation>Cannot save the scenario</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="604"/>
        <source>A scenario keeps generated questions only, and the questions now come from %1. Save the run instead (File &gt; Save run), or press &quot;Use generated data&quot; first.</source>
        <translation>A scenario keeps generated questions only, and the questions now come from %1. Save the run instead (File &gt; Save run), or press &quot;Use generated data&quot; first.</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="615"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="640"/>
        <source>BatchLab scenarios (*.batchlab-scenario);;JSON files (*.json);;All files (*)</source>
        <translation>BatchLab scenarios (*.batchlab-scenario);;JSON files (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="649"/>
        <source>Open scenario</source>
        <translation>Open scenario</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="657"/>
        <source>Save scenario</source>
        <translation>Save scenario</translation>
    </message>
</context>
<context>
    <name>ui::ClassroomDialog</name>
    <message>
        <location filename="../../ui/classroom.cpp" line="132"/>
        <source>Play, Update, Epoch and Reset buttons</source>
        <translation>Play, Update, Epoch and Reset buttons</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="133"/>
        <source>Pace</source>
        <translation>Pace</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="134"/>
        <source>batch_size</source>
        <translation>batch_size</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="135"/>
        <source>epochs</source>
        <translation>epochs</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="136"/>
        <source>Practice exam (data)</source>
        <translation>Practice exam (data)</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="137"/>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="138"/>
        <source>Student (model)</source>
        <translation>Student (model)</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="139"/>
        <source>Correcting mistakes (optimizer)</source>
        <translation>Correcting mistakes (optimizer)</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="140"/>
        <source>Early stopping</source>
        <translation>Early stopping</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="141"/>
        <source>Restore defaults</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="151"/>
        <source>Classroom setup</source>
        <translation>Classroom setup</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="154"/>
        <source>Classroom mode (for a projector)</source>
        <translation>Classroom mode (for a projector)</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="163"/>
        <source>The size of every text in classroom mode, plots included, compared with the desktop&apos;s usual size.</source>
        <translation>The size of every text in classroom mode, plots included, compared with the desktop&apos;s usual size.</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="165"/>
        <source>&amp;Font size</source>
        <translation>&amp;Font size</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="166"/>
        <source>&amp;High contrast (black on white, thicker curves)</source>
        <translation>&amp;High contrast (black on white, thicker curves)</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="171"/>
        <source>Controls the students see</source>
        <translation>Controls the students see</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="173"/>
        <source>&lt;b&gt;Control&lt;/b&gt;</source>
        <translation>&lt;b&gt;Control&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="174"/>
        <source>&lt;b&gt;Hide&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hide&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="175"/>
        <source>&lt;b&gt;Lock&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lock&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="183"/>
        <source>Hide %1</source>
        <translation>Hide %1</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="184"/>
        <source>Lock %1</source>
        <translation>Lock %1</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="185"/>
        <source>Students do not see this control.</source>
        <translation>Students do not see this control.</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="186"/>
        <source>Students see this control but cannot change it.</source>
        <translation>Students see this control but cannot change it.</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="199"/>
        <source>When students open the scenario</source>
        <translation>When students open the scenario</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="201"/>
        <source>Start &amp;paused (the students press Play)</source>
        <translation>Start &amp;paused (the students press Play)</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="206"/>
        <source>e.g. Lesson 3: how many epochs?</source>
        <translation>e.g. Lesson 3: how many epochs?</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="207"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="209"/>
        <source>A note shown to the students, e.g. what to watch for.</source>
        <translation>A note shown to the students, e.g. what to watch for.</translation>
    </message>
    <message>
        <location filename="../../ui/classroom.cpp" line="212"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>ui::ControlsPanel</name>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="59"/>
        <source>Restore defaults</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="60"/>
        <source>Go back to the default run: a small noisy practice exam and a big network that memorises it (overfitting) within seconds.</source>
        <translation>Go back to the default run: a small noisy practice exam and a big network that memorises it (overfitting) within seconds.</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="70"/>
        <source>model.fit(batch_size, epochs)</source>
        <translation>model.fit(batch_size, epochs)</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="78"/>
        <source>batch_size B: how many practice questions you solve before checking them against the answer sheet. Every check is one weight update. B = 1 checks after every question (many small, noisy corrections); B = N checks once per pass over the whole exam.</source>
        <translation>batch_size B: how many practice questions you solve before checking them against the answer sheet. Every check is one weight update. B = 1 checks after every question (many small, noisy corrections); B = N checks once per pass over the whole exam.</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="84"/>
        <source>&amp;batch_size</source>
        <translation>&amp;batch_size</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="103"/>
        <source>epochs E: how many times you solve the whole practice exam. A few passes teach you the material; too many and you memorise this exam&apos;s answers instead (overfitting). Raising it while training continues the same run.</source>
        <translation>epochs E: how many times you solve the whole practice exam. A few passes teach you the material; too many and you memorise this exam&apos;s answers instead (overfitting). Raising it while training continues the same run.</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="108"/>
        <source>e&amp;pochs</source>
        <translation>e&amp;pochs</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="138"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="150"/>
        <source>Pace: from one weight update per second (follow the exam batch by batch) up to full speed. Keys: [ slower, ] faster.</source>
        <translation>Pace: from one weight update per second (follow the exam batch by batch) up to full speed. Keys: [ slower, ] faster.</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="154"/>
        <source>&amp;Pace</source>
        <translation>&amp;Pace</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/controls_panel.cpp" line="163"/>
        <source>%n update(s)/s</source>
        <translation>
            <numerusform>%n update/s</numerusform>
            <numerusform>%n updates/s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="163"/>
        <location filename="../../ui/controls_panel.cpp" line="166"/>
        <source>full speed</source>
        <translation>full speed</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="189"/>
        <source>Practice exam (data)</source>
        <translation>Practice exam (data)</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="198"/>
        <source>Use &amp;generated data</source>
        <translation>Use &amp;generated data</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="200"/>
        <source>Go back to a generated practice exam (the data set, N, noise and seed).</source>
        <translation>Go back to a generated practice exam (the data set, N, noise and seed).</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="211"/>
        <source>What the questions look like: points of two classes to separate (classification) or a curve to follow (regression).</source>
        <translation>What the questions look like: points of two classes to separate (classification) or a curve to follow (regression).</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="213"/>
        <source>&amp;Data set</source>
        <translation>&amp;Data set</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="218"/>
        <source>N: the number of questions in the practice exam (training samples).</source>
        <translation>N: the number of questions in the practice exam (training samples).</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="219"/>
        <source>&amp;Questions (N)</source>
        <translation>&amp;Questions (N)</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="226"/>
        <source>How messy the questions are. With more noise, memorising the practice exam helps less on a new one.</source>
        <translation>How messy the questions are. With more noise, memorising the practice exam helps less on a new one.</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="228"/>
        <source>&amp;Noise</source>
        <translation>&amp;Noise</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="232"/>
        <source>Which practice exam (the random seed of the data).</source>
        <translation>Which practice exam (the random seed of the data).</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="233"/>
        <source>Data &amp;seed</source>
        <translation>Data &amp;seed</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="239"/>
        <location filename="../../ui/controls_panel.cpp" line="294"/>
        <source>separate set (validation_data)</source>
        <translation>separate set (validation_data)</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="240"/>
        <source>validation_split</source>
        <translation>validation_split</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="242"/>
        <source>The new, unseen exam that shows whether you learned or memorised: either a separate set of questions, or the last part of the practice exam held back (validation_split, taken before shuffling).</source>
        <translation>The new, unseen exam that shows whether you learned or memorised: either a separate set of questions, or the last part of the practice exam held back (validation_split, taken before shuffling).</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="245"/>
        <source>&amp;Validation</source>
        <translation>&amp;Validation</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="248"/>
        <source>Questions in the separate validation exam.</source>
        <translation>Questions in the separate validation exam.</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="249"/>
        <source>Validation &amp;rows</source>
        <translation>Validation &amp;rows</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="254"/>
        <source>validation_split: the fraction of the practice exam held back as the validation exam (the last rows).</source>
        <translation>validation_split: the fraction of the practice exam held back as the validation exam (the last rows).</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="256"/>
        <source>validation_spli&amp;t</source>
        <translation>validation_spli&amp;t</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="295"/>
        <source>the given validation rows</source>
        <translation>the given validation rows</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="296"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="301"/>
        <source>two classes (classification)</source>
        <translation>two classes (classification)</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="302"/>
        <source>numbers (regression)</source>
        <translation>numbers (regression)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/controls_panel.cpp" line="303"/>
        <source>%1: %n question(s) with %2 input(s) each, answers are %3</source>
        <translation>
            <numerusform>%1: %n question with %2 input(s) each, answers are %3</numerusform>
            <numerusform>%1: %n questions with %2 input(s) each, answers are %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="304"/>
        <source>Your data</source>
        <translation>Your data</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/controls_panel.cpp" line="308"/>
        <source>and %n validation question(s)</source>
        <translation>
            <numerusform>and %n validation question</numerusform>
            <numerusform>and %n validation questions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="322"/>
        <source>Student (model)</source>
        <translation>Student (model)</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="326"/>
        <source>Hidden layers (Dense). More layers and units: a student with more memory, who can also memorise more.</source>
        <translation>Hidden layers (Dense). More layers and units: a student with more memory, who can also memorise more.</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="328"/>
        <source>Hidden &amp;layers</source>
        <translation>Hidden &amp;layers</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="331"/>
        <source>Units in every hidden layer.</source>
        <translation>Units in every hidden layer.</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="332"/>
        <source>&amp;Units per layer</source>
        <translation>&amp;Units per layer</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="337"/>
        <source>The activation of the hidden layers.</source>
        <translation>The activation of the hidden layers.</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="338"/>
        <source>&amp;Activation</source>
        <translation>&amp;Activation</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="341"/>
        <source>The seed of the initial weights (what the student knows before practising). &quot;Reset&quot; picks the next one.</source>
        <translation>The seed of the initial weights (what the student knows before practising). &quot;Reset&quot; picks the next one.</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="343"/>
        <source>&amp;Initial weights seed</source>
        <translation>&amp;Initial weights seed</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="354"/>
        <source>Correcting mistakes (optimizer)</source>
        <translation>Correcting mistakes (optimizer)</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="360"/>
        <source>How the student corrects after checking a batch. Choosing one sets Keras&apos;s default learning rate (SGD 0.01, Adam 0.001).</source>
        <translation>How the student corrects after checking a batch. Choosing one sets Keras&apos;s default learning rate (SGD 0.01, Adam 0.001).</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="362"/>
        <source>&amp;Optimizer</source>
        <translation>&amp;Optimizer</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="367"/>
        <source>How big each correction is. Too big and the loss explodes (diverges); too small and learning is slow.</source>
        <translation>How big each correction is. Too big and the loss explodes (diverges); too small and learning is slow.</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="369"/>
        <source>Learning &amp;rate</source>
        <translation>Learning &amp;rate</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="370"/>
        <source>&amp;Shuffle every epoch</source>
        <translation>&amp;Shuffle every epoch</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="371"/>
        <source>shuffle=True: solve the questions in a new order on every pass (only the training rows).</source>
        <translation>shuffle=True: solve the questions in a new order on every pass (only the training rows).</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="391"/>
        <source>&amp;Early stopping</source>
        <translation>&amp;Early stopping</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="394"/>
        <source>Stop practising when the score on the new exam (val_loss) has not improved for &apos;patience&apos; passes: too much is as bad as too little.</source>
        <translation>Stop practising when the score on the new exam (val_loss) has not improved for &apos;patience&apos; passes: too much is as bad as too little.</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="399"/>
        <source>patience: passes without improvement before stopping. Also used for the &quot;would stop here&quot; mark when early stopping is off.</source>
        <translation>patience: passes without improvement before stopping. Also used for the &quot;would stop here&quot; mark when early stopping is off.</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="401"/>
        <source>Pa&amp;tience</source>
        <translation>Pa&amp;tience</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="406"/>
        <source>min_delta: an improvement smaller than this does not count.</source>
        <translation>min_delta: an improvement smaller than this does not count.</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="407"/>
        <source>min_&amp;delta</source>
        <translation>min_&amp;delta</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="408"/>
        <source>restore_best_&amp;weights</source>
        <translation>restore_best_&amp;weights</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="409"/>
        <source>At the end, go back to the weights of the best epoch.</source>
        <translation>At the end, go back to the weights of the best epoch.</translation>
    </message>
    <message>
        <location filename="../../ui/controls_panel.cpp" line="590"/>
        <source>Your teacher locked this control.</source>
        <translation>Your teacher locked this control.</translation>
    </message>
</context>
<context>
    <name>ui::CsvImportDialog</name>
    <message>
        <location filename="../../ui/csv_import_dialog.cpp" line="27"/>
        <source>Open data: %1</source>
        <translation>Open data: %1</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import_dialog.cpp" line="30"/>
        <source>Each row is one question: the input columns are what the question shows, the target column is its answer on the answer sheet. The file is only read.</source>
        <translation>Each row is one question: the input columns are what the question shows, the target column is its answer on the answer sheet. The file is only read.</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import_dialog.cpp" line="44"/>
        <source>detect</source>
        <translation>detect</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import_dialog.cpp" line="45"/>
        <source>the first line holds the column names</source>
        <translation>the first line holds the column names</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import_dialog.cpp" line="47"/>
        <source>no header: every line is a question</source>
        <translation>no header: every line is a question</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import_dialog.cpp" line="48"/>
        <source>&amp;Header</source>
        <translation>&amp;Header</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import_dialog.cpp" line="50"/>
        <source>The column with the answers (y). The other columns are the inputs (x).</source>
        <translation>The column with the answers (y). The other columns are the inputs (x).</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import_dialog.cpp" line="52"/>
        <source>&amp;Answers (target)</source>
        <translation>&amp;Answers (target)</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import_dialog.cpp" line="54"/>
        <source>from the answers: two values are two classes, else numbers</source>
        <translation>from the answers: two values are two classes, else numbers</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import_dialog.cpp" line="55"/>
        <source>numbers (regression, mean squared error)</source>
        <translation>numbers (regression, mean squared error)</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import_dialog.cpp" line="56"/>
        <source>two classes (classification, binary cross-entropy)</source>
        <translation>two classes (classification, binary cross-entropy)</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import_dialog.cpp" line="57"/>
        <source>&amp;Task</source>
        <translation>&amp;Task</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import_dialog.cpp" line="58"/>
        <source>Standardise the inputs (mean 0, standard deviation 1)</source>
        <translation>Standardise the inputs (mean 0, standard deviation 1)</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import_dialog.cpp" line="60"/>
        <source>Inputs of very different sizes make training slow; this scales each input column.</source>
        <translation>Inputs of very different sizes make training slow; this scales each input column.</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import_dialog.cpp" line="63"/>
        <source>Hold back the last rows as the new exam: validation_split</source>
        <translation>Hold back the last rows as the new exam: validation_split</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import_dialog.cpp" line="65"/>
        <source>Keras&apos;s validation_split: the last part of the file, taken before any shuffling, is never trained on and shows overfitting.</source>
        <translation>Keras&apos;s validation_split: the last part of the file, taken before any shuffling, is never trained on and shows overfitting.</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import_dialog.cpp" line="84"/>
        <source>&amp;Train on this file</source>
        <translation>&amp;Train on this file</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import_dialog.cpp" line="182"/>
        <source>two classes (%1 becomes 0, %2 becomes 1)</source>
        <translation>two classes (%1 becomes 0, %2 becomes 1)</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import_dialog.cpp" line="184"/>
        <source>numbers</source>
        <translation>numbers</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/csv_import_dialog.cpp" line="186"/>
        <source>%n question(s) with %1 input(s) each; the answers in &quot;%2&quot; are %3.</source>
        <translation>
            <numerusform>%n question with %1 input(s) each; the answers in &quot;%2&quot; are %3.</numerusform>
            <numerusform>%n questions with %1 input(s) each; the answers in &quot;%2&quot; are %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/csv_import_dialog.cpp" line="192"/>
        <source>%1 for practice, the last %2 as the new exam.</source>
        <translation>%1 for practice, the last %2 as the new exam.</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import_dialog.cpp" line="193"/>
        <source>All of them for practice; no new exam (no validation loss).</source>
        <translation>All of them for practice; no new exam (no validation loss).</translation>
    </message>
    <message>
        <location filename="../../ui/csv_import_dialog.cpp" line="197"/>
        <source>This file cannot be used: %1</source>
        <translation>This file cannot be used: %1</translation>
    </message>
</context>
<context>
    <name>ui::DataView</name>
    <message>
        <location filename="../../ui/data_view.cpp" line="38"/>
        <source>Data and model</source>
        <translation>Data and model</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.cpp" line="40"/>
        <source>model: probability of class 1</source>
        <translation>model: probability of class 1</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.cpp" line="54"/>
        <source>model&apos;s prediction</source>
        <translation>model&apos;s prediction</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.cpp" line="57"/>
        <location filename="../../ui/data_view.cpp" line="103"/>
        <source>training (practice exam)</source>
        <translation>training (practice exam)</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.cpp" line="58"/>
        <source>training, class 1</source>
        <translation>training, class 1</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.cpp" line="59"/>
        <location filename="../../ui/data_view.cpp" line="105"/>
        <source>validation (new exam)</source>
        <translation>validation (new exam)</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.cpp" line="60"/>
        <source>validation, class 1</source>
        <translation>validation, class 1</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.cpp" line="82"/>
        <location filename="../../ui/data_view.cpp" line="119"/>
        <source>x₁</source>
        <translation>x₁</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.cpp" line="83"/>
        <location filename="../../ui/data_view.cpp" line="120"/>
        <source>x₂</source>
        <translation>x₂</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.cpp" line="102"/>
        <source>training, class 0 (practice exam)</source>
        <translation>training, class 0 (practice exam)</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.cpp" line="104"/>
        <source>validation, class 0 (new exam)</source>
        <translation>validation, class 0 (new exam)</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.cpp" line="119"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.cpp" line="120"/>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.cpp" line="241"/>
        <source>x₁ = %1, x₂ = %2
model: P(class 1) = %3</source>
        <translation>x₁ = %1, x₂ = %2
model: P(class 1) = %3</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.cpp" line="247"/>
        <source>x = %1
model: y = %2</source>
        <translation>x = %1
model: y = %2</translation>
    </message>
</context>
<context>
    <name>ui::ExamGrid</name>
    <message>
        <location filename="../../ui/exam_view.cpp" line="66"/>
        <source>Practice exam questions</source>
        <translation>Practice exam questions</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="248"/>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="251"/>
        <source>batch %1 of this pass</source>
        <translation>batch %1 of this pass</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="334"/>
        <source>The questions appear when a run starts.</source>
        <translation>The questions appear when a run starts.</translation>
    </message>
</context>
<context>
    <name>ui::ExamScoreStrip</name>
    <message>
        <location filename="../../ui/exam_view.cpp" line="343"/>
        <source>After every pass: the practice exam (blue) and the new exam (red); the green line is the best pass. When the lines part, the model memorises.</source>
        <translation>After every pass: the practice exam (blue) and the new exam (red); the green line is the best pass. When the lines part, the model memorises.</translation>
    </message>
</context>
<context>
    <name>ui::ExamView</name>
    <message>
        <location filename="../../ui/exam_view.cpp" line="431"/>
        <source>The numbers of model.fit: they follow the sliders at once.</source>
        <translation>The numbers of model.fit: they follow the sliders at once.</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="482"/>
        <source>Question %1: x = (%2), answer sheet says class %3</source>
        <translation>Question %1: x = (%2), answer sheet says class %3</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="486"/>
        <source>Question %1: x = %2, answer sheet says y = %3</source>
        <translation>Question %1: x = %2, answer sheet says y = %3</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="539"/>
        <source>&lt;span style=&apos;color:#4ca05c&apos;&gt;■&lt;/span&gt; close &amp;nbsp; &lt;span style=&apos;color:#f0c850&apos;&gt;■&lt;/span&gt; off &amp;nbsp; &lt;span style=&apos;color:#d64e44&apos;&gt;■&lt;/span&gt; far off</source>
        <translation>&lt;span style=&apos;color:#4ca05c&apos;&gt;■&lt;/span&gt; close &amp;nbsp; &lt;span style=&apos;color:#f0c850&apos;&gt;■&lt;/span&gt; off &amp;nbsp; &lt;span style=&apos;color:#d64e44&apos;&gt;■&lt;/span&gt; far off</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="542"/>
        <source>&lt;span style=&apos;color:#4ca05c&apos;&gt;■&lt;/span&gt; right &amp;nbsp; &lt;span style=&apos;color:#d64e44&apos;&gt;■&lt;/span&gt; wrong</source>
        <translation>&lt;span style=&apos;color:#4ca05c&apos;&gt;■&lt;/span&gt; right &amp;nbsp; &lt;span style=&apos;color:#d64e44&apos;&gt;■&lt;/span&gt; wrong</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="544"/>
        <source> &amp;nbsp; &lt;span style=&apos;color:#1f6fd1&apos;&gt;□&lt;/span&gt; batch just checked &amp;nbsp; &lt;span style=&apos;color:#a83ec4&apos;&gt;□&lt;/span&gt; being solved &amp;nbsp; &lt;b&gt;|&lt;/b&gt; next batch starts</source>
        <translation> &amp;nbsp; &lt;span style=&apos;color:#1f6fd1&apos;&gt;□&lt;/span&gt; batch just checked &amp;nbsp; &lt;span style=&apos;color:#a83ec4&apos;&gt;□&lt;/span&gt; being solved &amp;nbsp; &lt;b&gt;|&lt;/b&gt; next batch starts</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="723"/>
        <source>model: class 1 with probability %1; answer sheet: class %2</source>
        <translation>model: class 1 with probability %1; answer sheet: class %2</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="737"/>
        <source>model: %1; answer sheet: %2 (off by %3)</source>
        <translation>model: %1; answer sheet: %2 (off by %3)</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="753"/>
        <location filename="../../ui/exam_view.cpp" line="758"/>
        <source>Pass %1 of %2</source>
        <translation>Pass %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="755"/>
        <source>Finished after&lt;br&gt;pass %1 of %2</source>
        <translation>Finished after&lt;br&gt;pass %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="767"/>
        <source>Solving batch %1 of %2:&lt;br&gt;questions %3–%4 of this pass</source>
        <translation>Solving batch %1 of %2:&lt;br&gt;questions %3–%4 of this pass</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="768"/>
        <source>Batch %1 of %2 checked:&lt;br&gt;questions %3–%4 of this pass</source>
        <translation>Batch %1 of %2 checked:&lt;br&gt;questions %3–%4 of this pass</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="775"/>
        <source>Answer checks (weight updates):&lt;br&gt;&lt;b&gt;%1&lt;/b&gt; of %2</source>
        <translation>Answer checks (weight updates):&lt;br&gt;&lt;b&gt;%1&lt;/b&gt; of %2</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="778"/>
        <source>&lt;b&gt;Early stopping&lt;/b&gt; after pass %1;&lt;br&gt;best pass %2.</source>
        <translation>&lt;b&gt;Early stopping&lt;/b&gt; after pass %1;&lt;br&gt;best pass %2.</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="791"/>
        <source>Before pass 1</source>
        <translation>Before pass 1</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="791"/>
        <source>After pass %1</source>
        <translation>After pass %1</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="801"/>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="803"/>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="807"/>
        <source>best: pass %1</source>
        <translation>best: pass %1</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="818"/>
        <source>Right now: %1 of %2 questions right</source>
        <translation>Right now: %1 of %2 questions right</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="825"/>
        <source>Time for the last pass: %1 ms (measured)</source>
        <translation>Time for the last pass: %1 ms (measured)</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="851"/>
        <source>checks per pass ⌈N/B⌉</source>
        <translation>checks per pass ⌈N/B⌉</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="852"/>
        <source>last batch</source>
        <translation>last batch</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="854"/>
        <source>checks in all E×⌈N/B⌉</source>
        <translation>checks in all E×⌈N/B⌉</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="857"/>
        <source>memory per batch</source>
        <translation>memory per batch</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="795"/>
        <source>practice exam&lt;br&gt;&lt;small&gt;(training)&lt;/small&gt;</source>
        <translation>practice exam&lt;br&gt;&lt;small&gt;(training)&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="796"/>
        <source>new exam&lt;br&gt;&lt;small&gt;(validation)&lt;/small&gt;</source>
        <translation>new exam&lt;br&gt;&lt;small&gt;(validation)&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="811"/>
        <source>no pass finished yet</source>
        <translation>no pass finished yet</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="849"/>
        <source>questions N</source>
        <translation>questions N</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="850"/>
        <source>batch size B</source>
        <translation>batch size B</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="853"/>
        <source>passes E (epochs)</source>
        <translation>passes E (epochs)</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="858"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="859"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="873"/>
        <source>B = %1 is more than the %2 questions: Keras makes one batch of all %2 (full batch), so there is one answer check per pass, as with B = N.</source>
        <translation>B = %1 is more than the %2 questions: Keras makes one batch of all %2 (full batch), so there is one answer check per pass, as with B = N.</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="878"/>
        <source>B = N: the whole exam is solved before the answers are checked. One answer check per pass (full batch): calm, but rare, and every question must be remembered at once.</source>
        <translation>B = N: the whole exam is solved before the answers are checked. One answer check per pass (full batch): calm, but rare, and every question must be remembered at once.</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="882"/>
        <source>B = 1: an answer check after every single question (%1 per pass). Many small, noisy corrections; careful, but slow.</source>
        <translation>B = 1: an answer check after every single question (%1 per pass). Many small, noisy corrections; careful, but slow.</translation>
    </message>
    <message>
        <location filename="../../ui/exam_view.cpp" line="886"/>
        <source>%1 is not a multiple of %2: the last batch has only %3 questions, and it still counts as a full answer check.</source>
        <translation>%1 is not a multiple of %2: the last batch has only %3 questions, and it still counts as a full answer check.</translation>
    </message>
</context>
<context>
    <name>ui::ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.cpp" line="23"/>
        <source>Export %1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.cpp" line="27"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.cpp" line="31"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.cpp" line="39"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.cpp" line="46"/>
        <location filename="../../ui/export_dialog.cpp" line="50"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.cpp" line="55"/>
        <source>&amp;Size</source>
        <translation>&amp;Size</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.cpp" line="61"/>
        <source>Pixels per point for PNG, JPG and BMP: 2 or 3 for slides and print.</source>
        <translation>Pixels per point for PNG, JPG and BMP: 2 or 3 for slides and print.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.cpp" line="62"/>
        <source>S&amp;cale</source>
        <translation>S&amp;cale</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.cpp" line="64"/>
        <source>Add a caption with the settings</source>
        <translation>Add a caption with the settings</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.cpp" line="78"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.pdf *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.pdf *.svg)</translation>
    </message>
</context>
<context>
    <name>ui::KerasCodeView</name>
    <message>
        <location filename="../../ui/keras_code_view.cpp" line="81"/>
        <source>The same run in Keras: paste it into a notebook (Python with numpy and Keras 3). The data are drawn with numpy, so the numbers differ a little from BatchLab&apos;s; the network, the optimizer and &lt;code&gt;model.fit&lt;/code&gt; are the same.</source>
        <translation>The same run in Keras: paste it into a notebook (Python with numpy and Keras 3). The data are drawn with numpy, so the numbers differ a little from BatchLab&apos;s; the network, the optimizer and &lt;code&gt;model.fit&lt;/code&gt; are the same.</translation>
    </message>
    <message>
        <location filename="../../ui/keras_code_view.cpp" line="97"/>
        <source>&amp;Copy code</source>
        <translation>&amp;Copy code</translation>
    </message>
    <message>
        <location filename="../../ui/keras_code_view.cpp" line="98"/>
        <source>Copy the whole code to the clipboard</source>
        <translation>Copy the whole code to the clipboard</translation>
    </message>
    <message>
        <location filename="../../ui/keras_code_view.cpp" line="99"/>
        <source>Save as .&amp;py…</source>
        <translation>Save as .&amp;py…</translation>
    </message>
    <message>
        <location filename="../../ui/keras_code_view.cpp" line="100"/>
        <source>Save the code as a Python file</source>
        <translation>Save the code as a Python file</translation>
    </message>
    <message>
        <location filename="../../ui/keras_code_view.cpp" line="144"/>
        <source>Copied.</source>
        <translation>Copied.</translation>
    </message>
    <message>
        <location filename="../../ui/keras_code_view.cpp" line="153"/>
        <location filename="../../ui/keras_code_view.cpp" line="156"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/keras_code_view.cpp" line="166"/>
        <source>Save the Keras code</source>
        <translation>Save the Keras code</translation>
    </message>
    <message>
        <location filename="../../ui/keras_code_view.cpp" line="167"/>
        <source>Python files (*.py)</source>
        <translation>Python files (*.py)</translation>
    </message>
    <message>
        <location filename="../../ui/keras_code_view.cpp" line="172"/>
        <source>Saving failed</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../../ui/keras_code_view.cpp" line="174"/>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
</context>
<context>
    <name>ui::LanguageMenu</name>
    <message>
        <location filename="../../ui/language.cpp" line="110"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/language.cpp" line="123"/>
        <source>&amp;System language (%1)</source>
        <translation>&amp;System language (%1)</translation>
    </message>
</context>
<context>
    <name>ui::LessonPanel</name>
    <message>
        <location filename="../../ui/lesson_panel.cpp" line="53"/>
        <source>run</source>
        <translation>run</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_panel.cpp" line="53"/>
        <source>checks</source>
        <translation>checks</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_panel.cpp" line="53"/>
        <source>N / B / passes</source>
        <translation>N / B / passes</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_panel.cpp" line="54"/>
        <source>train loss</source>
        <translation>train loss</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_panel.cpp" line="54"/>
        <source>val loss</source>
        <translation>val loss</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_panel.cpp" line="54"/>
        <source>s / pass</source>
        <translation>s / pass</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_panel.cpp" line="60"/>
        <source>What each run of this lesson showed, to compare them.</source>
        <translation>What each run of this lesson showed, to compare them.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_panel.cpp" line="65"/>
        <source>&lt;b&gt;Check question&lt;/b&gt;</source>
        <translation>&lt;b&gt;Check question&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_panel.cpp" line="70"/>
        <source>Your answer</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_panel.cpp" line="71"/>
        <source>&amp;Verify by running it</source>
        <translation>&amp;Verify by running it</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_panel.cpp" line="72"/>
        <source>Runs the question&apos;s settings to the end and compares the result with your answer.</source>
        <translation>Runs the question&apos;s settings to the end and compares the result with your answer.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_panel.cpp" line="77"/>
        <source>Your &amp;answer:</source>
        <translation>Your &amp;answer:</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_panel.cpp" line="87"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_panel.cpp" line="88"/>
        <location filename="../../ui/lesson_panel.cpp" line="189"/>
        <source>&amp;Run this step</source>
        <translation>&amp;Run this step</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_panel.cpp" line="89"/>
        <location filename="../../ui/lesson_panel.cpp" line="191"/>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_panel.cpp" line="90"/>
        <source>&amp;Leave lesson</source>
        <translation>&amp;Leave lesson</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_panel.cpp" line="91"/>
        <source>Stop the lesson and keep experimenting with the current run.</source>
        <translation>Stop the lesson and keep experimenting with the current run.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_panel.cpp" line="117"/>
        <location filename="../../ui/lesson_panel.cpp" line="196"/>
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_panel.cpp" line="136"/>
        <source>Running the question&apos;s settings…</source>
        <translation>Running the question&apos;s settings…</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_panel.cpp" line="143"/>
        <source>You changed the run: the lesson waits. Press Run to go on with the lesson&apos;s settings, or keep experimenting.</source>
        <translation>You changed the run: the lesson waits. Press Run to go on with the lesson&apos;s settings, or keep experimenting.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_panel.cpp" line="176"/>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_panel.cpp" line="189"/>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_panel.cpp" line="192"/>
        <source>&amp;To the question</source>
        <translation>&amp;To the question</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_panel.cpp" line="204"/>
        <source>Check question</source>
        <translation>Check question</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_panel.cpp" line="209"/>
        <source>Type your answer below and press Verify: BatchLab runs exactly these settings and compares.</source>
        <translation>Type your answer below and press Verify: BatchLab runs exactly these settings and compares.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_panel.cpp" line="227"/>
        <source>&amp;Run again</source>
        <translation>&amp;Run again</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_panel.cpp" line="229"/>
        <source>Early stopping ended the run after pass %1 (best pass %2). Read, then press Next.</source>
        <translation>Early stopping ended the run after pass %1 (best pass %2). Read, then press Next.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_panel.cpp" line="234"/>
        <source>The run is finished: %1 passes, %2 answer checks. Read, then press Next.</source>
        <translation>The run is finished: %1 passes, %2 answer checks. Read, then press Next.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_panel.cpp" line="239"/>
        <source>Paused after answer check %1 (pass %2). Read, then press Next, or press Play to keep going.</source>
        <translation>Paused after answer check %1 (pass %2). Read, then press Next, or press Play to keep going.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_panel.cpp" line="243"/>
        <source>step %1</source>
        <translation>step %1</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_panel.cpp" line="251"/>
        <source>check</source>
        <translation>check</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_panel.cpp" line="256"/>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;Right!&lt;/b&gt; The run gives %1.</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;Right!&lt;/b&gt; The run gives %1.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_panel.cpp" line="258"/>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;Close enough.&lt;/b&gt; You said %1; the run gives %2.</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;Close enough.&lt;/b&gt; You said %1; the run gives %2.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_panel.cpp" line="262"/>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;Not quite.&lt;/b&gt; You said %1; the run gives %2.</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;Not quite.&lt;/b&gt; You said %1; the run gives %2.</translation>
    </message>
</context>
<context>
    <name>ui::LossPerEpochPlot</name>
    <message>
        <location filename="../../ui/loss_per_epoch_plot.cpp" line="54"/>
        <source>Loss per epoch</source>
        <translation>Loss per epoch</translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_epoch_plot.cpp" line="55"/>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_epoch_plot.cpp" line="56"/>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_epoch_plot.cpp" line="57"/>
        <source>accuracy</source>
        <translation>accuracy</translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_epoch_plot.cpp" line="60"/>
        <source>training loss (Keras: mean over the epoch)</source>
        <translation>training loss (Keras: mean over the epoch)</translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_epoch_plot.cpp" line="63"/>
        <source>training loss (end of epoch)</source>
        <translation>training loss (end of epoch)</translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_epoch_plot.cpp" line="64"/>
        <source>validation loss (new exam)</source>
        <translation>validation loss (new exam)</translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_epoch_plot.cpp" line="65"/>
        <source>training accuracy</source>
        <translation>training accuracy</translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_epoch_plot.cpp" line="67"/>
        <source>validation accuracy</source>
        <translation>validation accuracy</translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_epoch_plot.cpp" line="89"/>
        <source>overfitting: the validation loss rises
(memorising the practice exam)</source>
        <translation>overfitting: the validation loss rises
(memorising the practice exam)</translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_epoch_plot.cpp" line="212"/>
        <source>best validation epoch %1</source>
        <translation>best validation epoch %1</translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_epoch_plot.cpp" line="222"/>
        <source>early stopping stopped here
(epoch %1)</source>
        <translation>early stopping stopped here
(epoch %1)</translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_epoch_plot.cpp" line="223"/>
        <source>early stopping would stop here
(patience %1)</source>
        <translation>early stopping would stop here
(patience %1)</translation>
    </message>
</context>
<context>
    <name>ui::LossPerUpdatePlot</name>
    <message>
        <location filename="../../ui/loss_per_update_plot.cpp" line="17"/>
        <source>Loss per weight update</source>
        <translation>Loss per weight update</translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_update_plot.cpp" line="18"/>
        <source>batch loss</source>
        <translation>batch loss</translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_update_plot.cpp" line="27"/>
        <source>batch loss range (min-max)</source>
        <translation>batch loss range (min-max)</translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_update_plot.cpp" line="33"/>
        <location filename="../../ui/loss_per_update_plot.cpp" line="67"/>
        <source>batch loss (one update)</source>
        <translation>batch loss (one update)</translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_update_plot.cpp" line="37"/>
        <source>Keras running mean of the epoch</source>
        <translation>Keras running mean of the epoch</translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_update_plot.cpp" line="41"/>
        <source>smoothed (debiased EMA)</source>
        <translation>smoothed (debiased EMA)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/loss_per_update_plot.cpp" line="124"/>
        <location filename="../../ui/loss_per_update_plot.cpp" line="126"/>
        <source>batch loss (mean of %n update(s))</source>
        <translation>
            <numerusform>batch loss (mean of %n update)</numerusform>
            <numerusform>batch loss (mean of %n updates)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_update_plot.cpp" line="295"/>
        <source>weight update</source>
        <translation>weight update</translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_update_plot.cpp" line="298"/>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location filename="../../ui/loss_per_update_plot.cpp" line="301"/>
        <source>samples seen</source>
        <translation>samples seen</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <location filename="../../ui/main_window.cpp" line="89"/>
        <source>BatchLab — what batch_size and epochs mean</source>
        <translation>BatchLab — what batch_size and epochs mean</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="203"/>
        <location filename="../../ui/main_window.cpp" line="490"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="205"/>
        <source>Play or pause the practice (Space)</source>
        <translation>Play or pause the practice (Space)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="208"/>
        <source>&amp;Update</source>
        <translation>&amp;Update</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="210"/>
        <source>Step one weight update: solve one batch of questions and check it against the answer sheet (N)</source>
        <translation>Step one weight update: solve one batch of questions and check it against the answer sheet (N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="214"/>
        <source>&amp;Epoch</source>
        <translation>&amp;Epoch</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="216"/>
        <source>Step to the end of the epoch: finish this pass over the whole practice exam (E)</source>
        <translation>Step to the end of the epoch: finish this pass over the whole practice exam (E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="220"/>
        <source>&amp;Reset</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="222"/>
        <source>Start again with new initial weights: a new student (R)</source>
        <translation>Start again with new initial weights: a new student (R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="225"/>
        <source>&amp;Faster</source>
        <translation>&amp;Faster</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="228"/>
        <source>&amp;Slower</source>
        <translation>&amp;Slower</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="231"/>
        <source>Restore &amp;defaults</source>
        <translation>Restore &amp;defaults</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="239"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="246"/>
        <source>Export loss per &amp;update image...</source>
        <translation>Export loss per &amp;update image...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="248"/>
        <source>Export loss per &amp;epoch image...</source>
        <translation>Export loss per &amp;epoch image...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="250"/>
        <source>Export &amp;data view image...</source>
        <translation>Export &amp;data view image...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="251"/>
        <source>Export &amp;window image...</source>
        <translation>Export &amp;window image...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="253"/>
        <source>Export per-update history as &amp;CSV...</source>
        <translation>Export per-update history as &amp;CSV...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="255"/>
        <source>Export per-epoch history as C&amp;SV...</source>
        <translation>Export per-epoch history as C&amp;SV...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="258"/>
        <source>Copy window &amp;image</source>
        <translation>Copy window &amp;image</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="261"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="263"/>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="272"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="273"/>
        <source>&amp;Reset plot views</source>
        <translation>&amp;Reset plot views</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="286"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="287"/>
        <source>&amp;About BatchLab</source>
        <translation>&amp;About BatchLab</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="289"/>
        <source>About BatchLab</source>
        <translation>About BatchLab</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="290"/>
        <source>&lt;p&gt;&lt;b&gt;BatchLab&lt;/b&gt; shows what &lt;code&gt;batch_size&lt;/code&gt; and &lt;code&gt;epochs&lt;/code&gt; mean in Keras&apos;s &lt;code&gt;model.fit&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;100 questions = 100 samples; the batch size is how many questions you solve before checking the answer sheet (one weight update); an epoch is one pass over the exam. Too many passes and you memorise the exam: overfitting.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;BatchLab&lt;/b&gt; shows what &lt;code&gt;batch_size&lt;/code&gt; and &lt;code&gt;epochs&lt;/code&gt; mean in Keras&apos;s &lt;code&gt;model.fit&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;100 questions = 100 samples; the batch size is how many questions you solve before checking the answer sheet (one weight update); an epoch is one pass over the exam. Too many passes and you memorise the exam: overfitting.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="315"/>
        <source>Reset view</source>
        <translation>Reset view</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="318"/>
        <source>Fit the plot to the data again and follow it (or double-click the plot). Drag to pan, wheel to zoom.</source>
        <translation>Fit the plot to the data again and follow it (or double-click the plot). Drag to pan, wheel to zoom.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="322"/>
        <source>Export...</source>
        <translation>Export...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="325"/>
        <source>Save this plot as PNG, JPG, BMP, PDF or SVG (right-click for more)</source>
        <translation>Save this plot as PNG, JPG, BMP, PDF or SVG (right-click for more)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="353"/>
        <source>x: weight update</source>
        <translation>x: weight update</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="354"/>
        <source>x: epoch</source>
        <translation>x: epoch</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="355"/>
        <source>x: samples seen</source>
        <translation>x: samples seen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="356"/>
        <source>Count the x axis in weight updates (answer-sheet checks), epochs (passes over the exam) or questions solved.</source>
        <translation>Count the x axis in weight updates (answer-sheet checks), epochs (passes over the exam) or questions solved.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="360"/>
        <location filename="../../ui/main_window.cpp" line="389"/>
        <source>log y</source>
        <translation>log y</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="367"/>
        <source>Smoothing as in TensorBoard (exponential moving average with debiasing). 0 = off.</source>
        <translation>Smoothing as in TensorBoard (exponential moving average with debiasing). 0 = off.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="374"/>
        <source>smoothing</source>
        <translation>smoothing</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="381"/>
        <source>Loss per weight update (one check of a batch)</source>
        <translation>Loss per weight update (one check of a batch)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="391"/>
        <source>accuracy</source>
        <translation>accuracy</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="393"/>
        <source>Show the share of questions answered right (classification).</source>
        <translation>Show the share of questions answered right (classification).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="397"/>
        <source>Loss per epoch (one pass over the exam)</source>
        <translation>Loss per epoch (one pass over the exam)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="402"/>
        <source>Practice exam and the model&apos;s answers</source>
        <translation>Practice exam and the model&apos;s answers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="434"/>
        <source>Epoch %1 / %2</source>
        <translation>Epoch %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="435"/>
        <source>Update %1 / %2</source>
        <translation>Update %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="439"/>
        <source>%1 updates/s</source>
        <translation>%1 updates/s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="445"/>
        <source>idle</source>
        <translation>idle</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="448"/>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="452"/>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="456"/>
        <source>cannot train: %1</source>
        <translation>cannot train: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="464"/>
        <source>finished (best weights of epoch %1 restored)</source>
        <translation>finished (best weights of epoch %1 restored)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="465"/>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="468"/>
        <source>stopped early at epoch %1 (best epoch %2)</source>
        <translation>stopped early at epoch %1 (best epoch %2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="474"/>
        <source>diverged at update %1: %2</source>
        <translation>diverged at update %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="480"/>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="486"/>
        <source>opened run, as recorded: %1</source>
        <translation>opened run, as recorded: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="490"/>
        <source>&amp;Play</source>
        <translation>&amp;Play</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="565"/>
        <source>BatchLab · %1 · after %2 epochs (%3 updates)</source>
        <translation>BatchLab · %1 · after %2 epochs (%3 updates)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="579"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="626"/>
        <source>window</source>
        <translation>window</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="639"/>
        <source>Export per-epoch history</source>
        <translation>Export per-epoch history</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="639"/>
        <source>Export per-update history</source>
        <translation>Export per-update history</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="642"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="661"/>
        <source>Image copied to the clipboard</source>
        <translation>Image copied to the clipboard</translation>
    </message>
</context>
<context>
    <name>ui::PlotWidget</name>
    <message>
        <location filename="../../ui/plot_widget.cpp" line="244"/>
        <source>Reset view</source>
        <translation>Reset view</translation>
    </message>
    <message>
        <location filename="../../ui/plot_widget.cpp" line="246"/>
        <source>Export image...</source>
        <translation>Export image...</translation>
    </message>
    <message>
        <location filename="../../ui/plot_widget.cpp" line="247"/>
        <source>Copy image</source>
        <translation>Copy image</translation>
    </message>
    <message>
        <location filename="../../ui/plot_widget.cpp" line="249"/>
        <source>Export data as CSV...</source>
        <translation>Export data as CSV...</translation>
    </message>
</context>
<context>
    <name>ui::RunFiles</name>
    <message>
        <location filename="../../ui/run_files.cpp" line="56"/>
        <source>Open &amp;data (CSV)...</source>
        <translation>Open &amp;data (CSV)...</translation>
    </message>
    <message>
        <location filename="../../ui/run_files.cpp" line="58"/>
        <source>Train on your own questions: a CSV file of numbers, one row per question, one column with the answers</source>
        <translation>Train on your own questions: a CSV file of numbers, one row per question, one column with the answers</translation>
    </message>
    <message>
        <location filename="../../ui/run_files.cpp" line="61"/>
        <source>Use &amp;generated data</source>
        <translation>Use &amp;generated data</translation>
    </message>
    <message>
        <location filename="../../ui/run_files.cpp" line="63"/>
        <source>&amp;Open run...</source>
        <translation>&amp;Open run...</translation>
    </message>
    <message>
        <location filename="../../ui/run_files.cpp" line="65"/>
        <source>Show a saved run (a run record) as it was, without training it</source>
        <translation>Show a saved run (a run record) as it was, without training it</translation>
    </message>
    <message>
        <location filename="../../ui/run_files.cpp" line="67"/>
        <source>&amp;Save run...</source>
        <translation>&amp;Save run...</translation>
    </message>
    <message>
        <location filename="../../ui/run_files.cpp" line="69"/>
        <source>Save everything needed to reopen and replay this run exactly: settings, data, initial and final weights, history</source>
        <translation>Save everything needed to reopen and replay this run exactly: settings, data, initial and final weights, history</translation>
    </message>
    <message>
        <location filename="../../ui/run_files.cpp" line="114"/>
        <location filename="../../ui/run_files.cpp" line="231"/>
        <source>Cannot open data</source>
        <translation>Cannot open data</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/run_files.cpp" line="122"/>
        <source>Training on %1: %n question(s)</source>
        <translation>
            <numerusform>Training on %1: %n question</numerusform>
            <numerusform>Training on %1: %n questions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/run_files.cpp" line="155"/>
        <source>Cannot open run</source>
        <translation>Cannot open run</translation>
    </message>
    <message>
        <location filename="../../ui/run_files.cpp" line="165"/>
        <source>Opened %1: the run as it was recorded, not trained again. Play trains it again from the same initial weights and checks that it is reproduced.</source>
        <translation>Opened %1: the run as it was recorded, not trained again. Play trains it again from the same initial weights and checks that it is reproduced.</translation>
    </message>
    <message>
        <location filename="../../ui/run_files.cpp" line="168"/>
        <source>Opened %1: the record has no history, so it is being trained.</source>
        <translation>Opened %1: the record has no history, so it is being trained.</translation>
    </message>
    <message>
        <location filename="../../ui/run_files.cpp" line="187"/>
        <source>Cannot save the run yet</source>
        <translation>Cannot save the run yet</translation>
    </message>
    <message>
        <location filename="../../ui/run_files.cpp" line="188"/>
        <source>The run has not ended yet: a record holds a whole run, so that it can be replayed exactly. Let it finish (or raise the pace), then save.</source>
        <translation>The run has not ended yet: a record holds a whole run, so that it can be replayed exactly. Let it finish (or raise the pace), then save.</translation>
    </message>
    <message>
        <location filename="../../ui/run_files.cpp" line="193"/>
        <source>Cannot save a stopped run</source>
        <translation>Cannot save a stopped run</translation>
    </message>
    <message>
        <location filename="../../ui/run_files.cpp" line="194"/>
        <source>This run was stopped by hand before its end, so replaying it would not give the same history. Press Play to train it again and save it when it has ended.</source>
        <translation>This run was stopped by hand before its end, so replaying it would not give the same history. Press Play to train it again and save it when it has ended.</translation>
    </message>
    <message>
        <location filename="../../ui/run_files.cpp" line="201"/>
        <location filename="../../ui/run_files.cpp" line="208"/>
        <source>Cannot save the run</source>
        <translation>Cannot save the run</translation>
    </message>
    <message>
        <location filename="../../ui/run_files.cpp" line="201"/>
        <source>The run has no results to save.</source>
        <translation>The run has no results to save.</translation>
    </message>
    <message>
        <location filename="../../ui/run_files.cpp" line="213"/>
        <source>Save run failed</source>
        <translation>Save run failed</translation>
    </message>
    <message>
        <location filename="../../ui/run_files.cpp" line="216"/>
        <source>Saved the run to %1</source>
        <translation>Saved the run to %1</translation>
    </message>
    <message>
        <location filename="../../ui/run_files.cpp" line="223"/>
        <source>Open data</source>
        <translation>Open data</translation>
    </message>
    <message>
        <location filename="../../ui/run_files.cpp" line="223"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/run_files.cpp" line="243"/>
        <source>Open run</source>
        <translation>Open run</translation>
    </message>
    <message>
        <location filename="../../ui/run_files.cpp" line="244"/>
        <source>Run records (*.json);;All files (*)</source>
        <translation>Run records (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/run_files.cpp" line="258"/>
        <location filename="../../ui/run_files.cpp" line="268"/>
        <source>Save run</source>
        <translation>Save run</translation>
    </message>
    <message>
        <location filename="../../ui/run_files.cpp" line="259"/>
        <source>The run has not ended yet. Finish it now at full speed and save it then?</source>
        <translation>The run has not ended yet. Finish it now at full speed and save it then?</translation>
    </message>
    <message>
        <location filename="../../ui/run_files.cpp" line="269"/>
        <source>Run records (*.json)</source>
        <translation>Run records (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/run_files.cpp" line="315"/>
        <source>Trained again: the same history and the same final weights as the record, bit for bit (%n update(s)).</source>
        <translation>
            <numerusform>Trained again: the same history and the same final weights as the record, bit for bit (%n update).</numerusform>
            <numerusform>Trained again: the same history and the same final weights as the record, bit for bit (%n updates).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/run_files.cpp" line="318"/>
        <source>Trained again, but it differs from the record: %1</source>
        <translation>Trained again, but it differs from the record: %1</translation>
    </message>
    <message>
        <location filename="../../ui/run_files.cpp" line="320"/>
        <source>the final weights differ</source>
        <translation>the final weights differ</translation>
    </message>
</context>
<context>
    <name>ui::TeachingDocks</name>
    <message>
        <location filename="../../ui/teaching_docks.cpp" line="33"/>
        <source>Exam view: the questions of each batch</source>
        <translation>Exam view: the questions of each batch</translation>
    </message>
    <message>
        <location filename="../../ui/teaching_docks.cpp" line="47"/>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../../ui/teaching_docks.cpp" line="53"/>
        <source>Keras code</source>
        <translation>Keras code</translation>
    </message>
    <message>
        <location filename="../../ui/teaching_docks.cpp" line="125"/>
        <source>&amp;Lessons</source>
        <translation>&amp;Lessons</translation>
    </message>
    <message>
        <location filename="../../ui/teaching_docks.cpp" line="143"/>
        <source>&amp;Open lesson file…</source>
        <translation>&amp;Open lesson file…</translation>
    </message>
    <message>
        <location filename="../../ui/teaching_docks.cpp" line="144"/>
        <source>Open the &amp;teachers&apos; lesson folder</source>
        <translation>Open the &amp;teachers&apos; lesson folder</translation>
    </message>
    <message>
        <location filename="../../ui/teaching_docks.cpp" line="146"/>
        <source>Lesson folder</source>
        <translation>Lesson folder</translation>
    </message>
    <message>
        <location filename="../../ui/teaching_docks.cpp" line="147"/>
        <source>Put lesson files (&lt;id&gt;.&lt;language&gt;.json, like the ones in resources/lessons/) into
%1
They appear in this menu.</source>
        <translation>Put lesson files (&lt;id&gt;.&lt;language&gt;.json, like the ones in resources/lessons/) into
%1
They appear in this menu.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching_docks.cpp" line="162"/>
        <source>Open a lesson</source>
        <translation>Open a lesson</translation>
    </message>
    <message>
        <location filename="../../ui/teaching_docks.cpp" line="163"/>
        <source>Lessons (*.json)</source>
        <translation>Lessons (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching_docks.cpp" line="169"/>
        <source>This lesson cannot be used</source>
        <translation>This lesson cannot be used</translation>
    </message>
</context>
</TS>

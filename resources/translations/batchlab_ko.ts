<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CsvExporter</name>
    <message>
        <location filename="../../ui/plots/csv_exporter.cpp" line="31"/>
        <source>Could not write %1:
%2</source>
        <translation>%1 파일을 저장할 수 없습니다:
%2</translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="26"/>
        <source>more than 9e18</source>
        <translation>9e18 넘게</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="37"/>
        <source>the network would have %1 parameters, over the parameter limit of %2</source>
        <translation>신경망의 파라미터가 %1개가 되어 파라미터 한도 %2개를 넘습니다</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="40"/>
        <source>the network has %1 parameters, over the recorded weights limit of %2 for the weights in a run record</source>
        <translation>신경망의 파라미터가 %1개로, 실행 기록에 담을 수 있는 가중치 한도 %2개를 넘습니다</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="44"/>
        <source>the data have %1 input columns; the input limit is 1 to %2</source>
        <translation>데이터의 입력 열이 %1개입니다. 입력 열 한도는 1개에서 %2개입니다</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="47"/>
        <source>the answers name %1 classes; the class limit is 2 to %2</source>
        <translation>정답에 클래스가 %1개 있습니다. 클래스 한도는 2개에서 %2개입니다</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="50"/>
        <source>a batch of %1 rows through this network needs %2 numbers of workspace, over the batch workspace limit of %3 (a smaller batch size or narrower layers fit)</source>
        <translation>%1행짜리 배치 하나가 이 신경망을 지나려면 작업 공간에 수 %2개가 필요해 배치 작업 공간 한도 %3개를 넘습니다(배치사이즈를 줄이거나 층을 좁히면 들어갑니다)</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="54"/>
        <source>%1 rows of %2 columns are %3 numbers, over the data size limit of %4 (rows × columns)</source>
        <translation>%1행 × %2열은 수 %3개로, 데이터 크기 한도 %4개(행 × 열)를 넘습니다</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="58"/>
        <source>the run would make %1 weight updates, over the kept updates limit of %2 (every update is kept in memory)</source>
        <translation>이 실행은 가중치 갱신을 %1번 하게 되어, 보관하는 갱신 한도 %2번을 넘습니다(갱신마다 메모리에 보관합니다)</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="62"/>
        <source>the file has %1 bytes, over the file size limit of %2</source>
        <translation>파일이 %1바이트로, 파일 크기 한도 %2바이트를 넘습니다</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="65"/>
        <source>the file has %1 bytes, over the record size limit of %2</source>
        <translation>파일이 %1바이트로, 실행 기록 크기 한도 %2바이트를 넘습니다</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="76"/>
        <source>There is not enough memory for this (fewer rows, a smaller batch or a smaller network would fit).</source>
        <translation>메모리가 부족합니다 (행 수, 배치사이즈 또는 네트워크 크기를 줄이면 들어갑니다).</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="90"/>
        <source>%1 is a file, not a folder, so nothing can be written inside it.</source>
        <translation>%1은(는) 폴더가 아니라 파일이라서 그 안에 아무것도 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="93"/>
        <source>%1 is a folder; a file of that name cannot be written.</source>
        <translation>%1은(는) 폴더라서 같은 이름의 파일을 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="100"/>
        <source>The file system of %1 is read-only.</source>
        <translation>%1의 파일 시스템이 읽기 전용입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="105"/>
        <source>No space is left on the device of %1 (%2 bytes free).</source>
        <translation>%1이(가) 있는 저장 장치에 남은 공간이 없습니다 (%2바이트 남음).</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="109"/>
        <source>No space is left on the device of %1 (no free file entries).</source>
        <translation>%1이(가) 있는 저장 장치에 남은 공간이 없습니다 (새 파일 항목을 만들 수 없음).</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="130"/>
        <source>The answers look sorted: %1 appear(s) only in the last rows, held back as the new exam, so the model never practises them.</source>
        <translation>정답이 정렬되어 있는 것 같습니다. %1은(는) 새 시험으로 떼어 둔 마지막 행에만 있어서 모델이 한 번도 연습하지 못합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="134"/>
        <source>The answers look sorted: the new exam (the last rows) has no question of %1.</source>
        <translation>정답이 정렬되어 있는 것 같습니다. 새 시험(마지막 행)에는 %1 문제가 하나도 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/session/failure_text.cpp" line="136"/>
        <source>Keras&apos;s validation_split takes the last rows as they are, before any shuffling: shuffle the rows of the file first.</source>
        <translation>케라스의 validation_split은 섞기 전에 마지막 행을 그대로 떼어 냅니다. 먼저 파일의 행을 섞어 주세요.</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <location filename="../../app/headless.cpp" line="102"/>
        <source>Train without a window (this mode).</source>
        <translation>창 없이 학습합니다(이 모드).</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="104"/>
        <source>Write the outputs into DIR (created if needed).</source>
        <translation>결과 파일을 DIR에 저장합니다(없으면 만듭니다).</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="106"/>
        <source>What to write, comma-separated: csv (updates.csv, epochs.csv), png, svg, pdf (loss_per_update, loss_per_epoch and data plots), record (run.json). Default: csv,png,record.</source>
        <translation>쓸 결과, 쉼표로 구분: csv(updates.csv, epochs.csv), png, svg, pdf(loss_per_update, loss_per_epoch, data 그래프), record(run.json). 기본값: csv,png,record.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="111"/>
        <source>Plot size in logical pixels (points for PDF), caption included. Default: 1200x700.</source>
        <translation>그래프 크기, 논리 픽셀 단위(PDF는 포인트), 캡션 포함. 기본값: 1200x700.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="114"/>
        <source>PNG pixels per logical pixel (2 for sharp slides). Default: 1.</source>
        <translation>논리 픽셀 하나당 PNG 픽셀 수(선명한 슬라이드용은 2). 기본값: 1.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="117"/>
        <source>Plots without the caption strip of the settings.</source>
        <translation>설정을 적은 캡션 줄 없이 그래프를 그립니다.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="124"/>
        <source>Retrain a run record from its data and initial weights and check that the history is reproduced exactly.</source>
        <translation>실행 기록을 그 데이터와 초기 가중치로 다시 학습하고, 학습 이력이 정확히 재현되는지 확인합니다.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="102"/>
        <source>Probability of a flipped label (classification), 0 to 0.5.</source>
        <translation>라벨이 뒤바뀔 확률(분류), 0부터 0.5까지.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="144"/>
        <source>With --data: the target column, by header name or number from 1. Default: the last column.</source>
        <translation>--data와 함께: 목표(라벨) 열. 헤더 이름이나 1부터 세는 번호로 지정합니다. 기본값: 마지막 열.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="147"/>
        <source>With --data: whether the first line holds column names. Default: auto.</source>
        <translation>--data와 함께: 첫 줄이 열 이름인지 여부. 기본값: auto.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="154"/>
        <source>With --data: scale every input to mean 0 and standard deviation 1.</source>
        <translation>--data와 함께: 모든 입력을 평균 0, 표준편차 1로 맞춥니다.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="157"/>
        <source>One seed for the data, the initial weights and the shuffling (as keras.utils.set_random_seed). Default: 1.</source>
        <translation>데이터, 초기 가중치, 섞기에 함께 쓰는 시드(keras.utils.set_random_seed처럼). 기본값: 1.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="111"/>
        <source>Seed of the generated data only.</source>
        <translation>생성 데이터에만 쓰는 시드.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="134"/>
        <source>Seed of the initial weights only.</source>
        <translation>초기 가중치에만 쓰는 시드.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="151"/>
        <source>Seed of the shuffling only.</source>
        <translation>섞기(shuffle)에만 쓰는 시드.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="125"/>
        <source>Hidden layer widths, comma-separated, or none. Default: 64,64.</source>
        <translation>은닉층 너비(유닛 수), 쉼표로 구분, 또는 none. 기본값: 64,64.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="79"/>
        <source>Classes of k-blobs and k-spiral, 3 to 10. Default: 3.</source>
        <translation>k-blobs와 k-spiral의 클래스 수, 3~10. 기본값: 3.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="83"/>
        <source>Generated data: input columns of pure noise added to the generator&apos;s own (a wider exam). Default: 0.</source>
        <translation>생성할 데이터: 원래 입력 뒤에 붙이는 순수한 잡음 입력 열의 수(더 넓은 시험). 기본값: 0.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="88"/>
        <source>Generated training rows. Default: 30 (digits: 100, ten of each digit).</source>
        <translation>생성할 연습 문제(학습 행) 수. 기본값: 30 (digits: 100, 숫자마다 10개).</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="93"/>
        <source>Generated validation rows (a separate, unseen exam; 0 for none). Default: 200 (digits: 500).</source>
        <translation>생성할 검증 행 수(따로 두는, 처음 보는 시험; 0이면 없음). 기본값: 200 (digits: 500).</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="98"/>
        <source>Noise of the generated data (not digits). Default: 0.35.</source>
        <translation>생성 데이터의 노이즈(digits에는 쓰지 않음). 기본값: 0.35.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="106"/>
        <source>Flip labels (--label-noise) in the training set only: the new exam&apos;s answer sheet stays right. Default: false.</source>
        <translation>라벨 뒤집기(--label-noise)를 학습 세트에만 적용합니다. 새 시험의 해답지는 정확하게 둡니다. 기본값: false.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="130"/>
        <source>tanh, relu, sigmoid or linear. Default: tanh.</source>
        <translation>tanh, relu, sigmoid, linear 중 하나. 기본값: tanh.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="155"/>
        <source>sgd, momentum or adam. Default: adam.</source>
        <translation>sgd, momentum, adam 중 하나. 기본값: adam.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="159"/>
        <source>Learning rate. Default: 0.01 (with --optimizer alone: Keras&apos;s default for it, sgd 0.01, adam 0.001).</source>
        <translation>학습률. 기본값: 0.01(--optimizer만 주면 그 옵티마이저의 케라스 기본값: sgd 0.01, adam 0.001).</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="164"/>
        <source>Momentum, in [0, 1). Default: 0.9.</source>
        <translation>모멘텀, [0, 1) 범위. 기본값: 0.9.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="168"/>
        <source>Adam&apos;s beta_1. Default: 0.9.</source>
        <translation>Adam의 beta_1. 기본값: 0.9.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="172"/>
        <source>Adam&apos;s beta_2. Default: 0.999.</source>
        <translation>Adam의 beta_2. 기본값: 0.999.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="176"/>
        <source>Adam&apos;s epsilon. Default: 1e-7.</source>
        <translation>Adam의 epsilon. 기본값: 1e-7.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="207"/>
        <source>Learning-rate schedule: constant, step (times --lr-decay-rate every --lr-decay-every steps) or warmup (from --warmup-from up to the learning rate over --warmup steps). Default: constant.</source>
        <translation>학습률 스케줄: constant(일정), step(--lr-decay-every 단계마다 --lr-decay-rate를 곱함) 또는 warmup(--warmup 단계 동안 --warmup-from에서 학습률까지 올림). 기본값: constant.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="214"/>
        <source>What a schedule&apos;s steps count: weight updates (a Keras LearningRateSchedule) or epochs (the LearningRateScheduler callback). Default: update.</source>
        <translation>스케줄의 단계가 세는 것: 가중치 갱신(케라스 LearningRateSchedule) 또는 에포크(LearningRateScheduler 콜백). 기본값: update.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="220"/>
        <source>Step decay: the learning rate&apos;s factor per step, in (0, 1]. Default: 0.5.</source>
        <translation>단계 감소: 단계마다 학습률에 곱하는 값, (0, 1] 범위. 기본값: 0.5.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="225"/>
        <source>Step decay: updates (or epochs) per step. Default: 1.</source>
        <translation>단계 감소: 한 단계의 업데이트(또는 에포크) 수. 기본값: 1.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="229"/>
        <source>Warm-up: its length in updates (or epochs). Default: 1.</source>
        <translation>워밍업: 길이(업데이트 또는 에포크 수). 기본값: 1.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="233"/>
        <source>Warm-up: the learning rate it starts from. Default: 0.</source>
        <translation>워밍업: 시작 학습률. 기본값: 0.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="237"/>
        <source>Multiply the batch size by K every --batch-growth-every epochs (successive fit calls). Default: 1 (no growth).</source>
        <translation>--batch-growth-every 에포크마다 배치사이즈에 K를 곱합니다(fit을 이어서 여러 번 호출). 기본값: 1(그대로).</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="242"/>
        <source>Epochs of each batch size when the batch grows. Default: 1.</source>
        <translation>배치가 커질 때 각 배치사이즈로 학습하는 에포크 수. 기본값: 1.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="247"/>
        <source>Stop when the validation accuracy reaches --goal-value (or the validation loss falls to it). Default: none.</source>
        <translation>검증 정확도가 --goal-value에 이르면(또는 검증 손실이 그 값까지 내려가면) 멈춥니다. 기본값: none(없음).</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="252"/>
        <source>The goal&apos;s accuracy or loss. Default: 0.95.</source>
        <translation>목표 정확도 또는 손실. 기본값: 0.95.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="256"/>
        <source>Also check the goal every N updates (0: at epoch ends only). Default: 0.</source>
        <translation>N번 업데이트마다도 목표를 확인합니다(0: 에포크 끝에서만). 기본값: 0.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="261"/>
        <source>Measure the gradient noise scale B_simple every E epochs (0: never). Default: 0.</source>
        <translation>E 에포크마다 기울기 노이즈 척도 B_simple을 잽니다(0: 재지 않음). 기본값: 0.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="138"/>
        <source>Batch size. Default: 4.</source>
        <translation>배치사이즈(batch_size). 기본값: 4.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="142"/>
        <source>Epochs. Default: 300.</source>
        <translation>에포크 수(epochs). 기본값: 300.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="146"/>
        <source>Reshuffle the training rows before every epoch. Default: true.</source>
        <translation>에포크마다 학습 행을 다시 섞습니다. 기본값: true.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="120"/>
        <source>Use the last fraction V of the rows for validation, as Keras does (instead of a separate validation set).</source>
        <translation>케라스처럼 행의 마지막 V 비율을 검증에 씁니다(별도 검증 세트 대신).</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="72"/>
        <source>Generated data: moons, circles, spiral, xor, blobs, sine, polynomial, k-blobs or k-spiral (k classes, see --classes), or digits (1,797 handwritten 8x8 digits, 10 classes). Default: moons.</source>
        <translation>생성할 데이터: moons, circles, spiral, xor, blobs, sine, polynomial, k-blobs, k-spiral(k개 클래스, --classes 참고), 또는 digits(손글씨 8x8 숫자 1,797개, 10개 클래스) 중 하나. 기본값: moons.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="180"/>
        <source>Stop when the monitored loss stops improving.</source>
        <translation>지켜보는 손실이 더 나아지지 않으면 멈춥니다(조기 종료).</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="184"/>
        <source>Early stopping: what to watch. Default: val_loss.</source>
        <translation>조기 종료: 지켜볼 값. 기본값: val_loss.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="193"/>
        <source>Early stopping: epochs without improvement before stopping. Default: 0.</source>
        <translation>조기 종료: 멈추기 전에 기다릴, 나아지지 않은 에포크 수. 기본값: 0.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="188"/>
        <source>Early stopping: the smallest change that counts as an improvement. Default: 0.</source>
        <translation>조기 종료: 개선으로 인정할 가장 작은 변화. 기본값: 0.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="199"/>
        <source>Early stopping: end with the weights of the best epoch.</source>
        <translation>조기 종료: 최고 에포크의 가중치로 끝냅니다.</translation>
    </message>
    <message>
        <location filename="../../core/settings_schema.cpp" line="203"/>
        <source>Early stopping: ignore the first N epochs. Default: 0.</source>
        <translation>조기 종료: 처음 N 에포크는 보지 않습니다. 기본값: 0.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="160"/>
        <source>Train one run per value of one setting and compare them, e.g. batch-size=1,4,30, epochs=50,300, optimizer=sgd,adam or learning-rate=0.001,0.01,0.1: runs.csv, run-1/, run-2/, ... and the overlay plots compare_per_epoch, compare_per_update, compare_per_sample and compare_per_second.</source>
        <translation>설정 하나의 값마다 한 번씩 학습해 비교합니다. 예: batch-size=1,4,30, epochs=50,300, optimizer=sgd,adam, learning-rate=0.001,0.01,0.1. runs.csv, run-1/, run-2/, ... 와 겹쳐 그린 그래프 compare_per_epoch, compare_per_update, compare_per_sample, compare_per_second를 씁니다.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="167"/>
        <source>Train every value of batch-size, epochs or learning-rate with --seeds seeds each, e.g. batch-size=1,2,4,8,16,30 (batch-size alone: 1, 2, 4, ... up to the training rows, and that number): sweep.csv, sweep_summary.csv (mean and standard deviation per value) and the plots sweep and sweep_cost.</source>
        <translation>batch-size, epochs 또는 learning-rate의 값마다 --seeds개의 시드로 학습합니다. 예: batch-size=1,2,4,8,16,30 (batch-size만 쓰면 1, 2, 4, ... 학습 행 수까지, 그리고 그 수): sweep.csv, sweep_summary.csv(값마다 평균과 표준편차), 그림 sweep과 sweep_cost.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="195"/>
        <source>With --sweep batch-size: learning rate × B / B0, with B0 the --batch-size given (linear scaling rule).</source>
        <translation>--sweep batch-size와 함께: 학습률 × B / B0, B0은 주어진 --batch-size(선형 스케일링 규칙).</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="198"/>
        <source>With --sweep: seed S also generates the data (as --seed S).</source>
        <translation>--sweep과 함께: 시드 S로 데이터도 새로 만듭니다(--seed S처럼).</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="199"/>
        <source>No progress bar.</source>
        <translation>진행 막대를 표시하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="201"/>
        <source>When stderr is not a terminal: a progress line every SECONDS of training (0: after every epoch). Default: 10.</source>
        <translation>stderr가 터미널이 아닐 때: 학습 SECONDS초마다 진행 상황을 한 줄씩 출력합니다 (0: 에포크마다). 기본값: 10.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="277"/>
        <source>--%1 %2, not &apos;%3&apos;</source>
        <translation>--%1: %2. 입력한 값: &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="287"/>
        <source>needs a whole number from %1 to %2</source>
        <translation>%1부터 %2까지의 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="295"/>
        <source>needs a whole number &gt;= 0</source>
        <translation>0 이상의 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="311"/>
        <source>needs a number in %1</source>
        <translation>%1 범위의 수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="324"/>
        <source>must be true or false</source>
        <translation>true 또는 false여야 합니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="331"/>
        <source>must be one of %1</source>
        <translation>%1 중 하나여야 합니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="352"/>
        <location filename="../../app/headless.cpp" line="1294"/>
        <source>--out DIR is required (where to write the files)</source>
        <translation>--out DIR이 필요합니다(파일을 저장할 디렉터리)</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="355"/>
        <source>--out needs a directory name</source>
        <translation>--out에는 디렉터리 이름이 필요합니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="359"/>
        <source>needs a list of csv, png, svg, pdf, record</source>
        <translation>csv, png, svg, pdf, record 가운데 고른 목록이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="371"/>
        <source>lists &apos;%1&apos;; the choices are csv, png, svg, pdf, record</source>
        <translation>&apos;%1&apos;은(는) 고를 수 없습니다. 가능한 값은 csv, png, svg, pdf, record입니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="381"/>
        <source>needs WIDTHxHEIGHT from 200x150 to 10000x10000</source>
        <translation>200x150부터 10000x10000까지의 WIDTHxHEIGHT(너비x높이)여야 합니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="408"/>
        <source>--dataset and --data exclude each other (generated data or a file)</source>
        <translation>--dataset과 --data는 함께 쓸 수 없습니다(생성 데이터 또는 파일 중 하나)</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="414"/>
        <source>--%1 goes with --data FILE.csv</source>
        <translation>--%1은(는) --data FILE.csv와 함께 써야 합니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="418"/>
        <source>--%1 is for generated data; it cannot go with --data</source>
        <translation>--%1은(는) 생성 데이터용이라 --data와 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="425"/>
        <source>--monitor, --patience, --min-delta, --restore-best-weights and --start-from-epoch go with --early-stopping</source>
        <translation>--monitor, --patience, --min-delta, --restore-best-weights, --start-from-epoch는 --early-stopping과 함께 써야 합니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="448"/>
        <source>needs a column name or number</source>
        <translation>열 이름이나 번호여야 합니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="451"/>
        <source>needs a column number from 1</source>
        <translation>1 이상의 열 번호여야 합니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="466"/>
        <source>must be auto, yes or no</source>
        <translation>auto, yes, no 중 하나여야 합니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="529"/>
        <source>these settings cannot train: %1</source>
        <translation>이 설정으로는 학습할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="533"/>
        <source>--early-stopping watches val_loss, but there are no validation rows: give --validation-split or --val-size, or --monitor loss</source>
        <translation>--early-stopping은 val_loss를 지켜보는데 검증 행이 없습니다. --validation-split이나 --val-size를 주거나 --monitor loss를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="585"/>
        <source>about %1 s left</source>
        <translation>약 %1초 남음</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="588"/>
        <source>epoch %1/%2, update %3/%4 (%5 %), %6 s, %7</source>
        <translation>에포크 %1/%2, 가중치 갱신 %3/%4 (%5 %), %6초, %7</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="606"/>
        <source>epoch %1/%2, update %3/%4</source>
        <translation>에포크 %1/%2, 가중치 갱신 %3/%4</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="631"/>
        <location filename="../../app/headless.cpp" line="1387"/>
        <source>cannot write %1: %2</source>
        <translation>%1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="661"/>
        <source>BatchLab · %1 · after %2 epochs (%3 updates)</source>
        <translation>BatchLab · %1 · %2 에포크 후(가중치 갱신 %3번)</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="709"/>
        <location filename="../../app/headless.cpp" line="837"/>
        <location filename="../../app/headless.cpp" line="1048"/>
        <location filename="../../app/headless.cpp" line="1231"/>
        <location filename="../../app/headless.cpp" line="1317"/>
        <source>cannot create the directory %1</source>
        <translation>디렉터리 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="774"/>
        <source>needs NAME=VALUE,VALUE,... (for example batch-size=1,4,30)</source>
        <translation>이름=값,값,... 형식이 필요합니다 (예: batch-size=1,4,30)</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="782"/>
        <source>names &apos;%1&apos;, which is not a setting with a value (for example batch-size, epochs, optimizer, learning-rate)</source>
        <translation>&apos;%1&apos;은(는) 값을 가진 설정이 아닙니다 (예: batch-size, epochs, optimizer, learning-rate)</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="787"/>
        <source>--compare %1=... and --%1 cannot be given together</source>
        <translation>--compare %1=... 와 --%1 은 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="794"/>
        <source>needs from 1 to 12 values</source>
        <translation>값이 1개에서 12개까지 필요합니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="916"/>
        <source>BatchLab · comparing %1 = %2 · solid: validation loss, dashed: training loss</source>
        <translation>BatchLab · %1 = %2 비교 · 실선: 검증 손실, 점선: 학습 손실</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="946"/>
        <source>needs batch-size, epochs or learning-rate, optionally with =VALUE,VALUE,... (for example batch-size=1,2,4,8,16,30)</source>
        <translation>batch-size, epochs 또는 learning-rate가 필요합니다. =값,값,...을 붙일 수 있습니다(예: batch-size=1,2,4,8,16,30)</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="952"/>
        <source>--sweep %1=... and --%1 cannot be given together</source>
        <translation>--sweep %1=...과 --%1은 함께 줄 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="955"/>
        <source>--sweep sets --%1 to each seed 1..K (--seeds K); it cannot be given</source>
        <translation>--sweep이 --%1을 시드 1..K(--seeds K)로 정하므로 따로 줄 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="961"/>
        <source>lists more than %1 values (the sweep value limit)</source>
        <translation>값이 %1개보다 많습니다(스윕 값 한도)</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="967"/>
        <source>lists &apos;%1&apos;, which is not a number</source>
        <translation>&apos;%1&apos;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1034"/>
        <source>--sweep and --%1 cannot be given together</source>
        <translation>--sweep과 --%1은 함께 줄 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1056"/>
        <source>--sweep %1=%2, seed %3: %4</source>
        <translation>--sweep %1=%2, 시드 %3: %4</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1063"/>
        <source>sweep: %1 of %2 runs done</source>
        <translation>스윕: 실행 %2개 중 %1개 끝남</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1080"/>
        <source>--sweep: the gradient-noise and cost meters measure generated data only; noise.csv and cost.csv are not written for --data</source>
        <translation>--sweep: 기울기 잡음 측정기와 비용 측정기는 생성된 데이터에서만 잽니다. --data에는 noise.csv와 cost.csv를 쓰지 않습니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1104"/>
        <source>BatchLab · %1</source>
        <translation>BatchLab · %1</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1118"/>
        <source>BatchLab · sweep of %1 = %2 · %3 seeds each · %4</source>
        <translation>BatchLab · %1 = %2 스윕 · 값마다 시드 %3개 · %4</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1150"/>
        <source>needs 1 to %1 numbers separated by commas</source>
        <translation>쉼표로 구분한 수 1~%1개가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1156"/>
        <source>lists &apos;%1&apos;, which is not a whole number from 1 to 1000000</source>
        <translation>&apos;%1&apos;은(는) 1부터 1000000까지의 정수가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1159"/>
        <source>lists &apos;%1&apos;, which is not a number in (0, 1000000]</source>
        <translation>&apos;%1&apos;은(는) (0, 1000000] 범위의 수가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1177"/>
        <source>needs critical-batch, noise-scale, linear-scaling, increase-batch or all, not &apos;%1&apos;</source>
        <translation>&apos;%1&apos;이(가) 아니라 critical-batch, noise-scale, linear-scaling, increase-batch 또는 all이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1184"/>
        <source>needs critical-batch, noise-scale, linear-scaling, increase-batch or all</source>
        <translation>critical-batch, noise-scale, linear-scaling, increase-batch 또는 all이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1194"/>
        <source>--experiment and --%1 cannot be given together</source>
        <translation>--experiment와 --%1은 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1199"/>
        <source>--batch-sizes and --learning-rates go with --experiment critical-batch</source>
        <translation>--batch-sizes와 --learning-rates는 --experiment critical-batch와 함께 씁니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1241"/>
        <source>--experiment %1, run %2: %3</source>
        <translation>--experiment %1, %2번 실행: %3</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1246"/>
        <source>%1: %2 of %3 runs done</source>
        <translation>%1: 실행 %3개 중 %2개 끝남</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1264"/>
        <source>critical-batch: S_min %1, E_min %2, B_crit %3 (fit on the mean updates per batch size)</source>
        <translation>critical-batch: S_min %1, E_min %2, B_crit %3 (배치사이즈별 평균 업데이트 수에 맞춘 곡선)</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1272"/>
        <source>BatchLab · %1 · %2 · %3 seeds</source>
        <translation>BatchLab · %1 · %2 · 시드 %3개</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1337"/>
        <location filename="../../app/headless.cpp" line="1350"/>
        <source>cannot write into %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1343"/>
        <source>cannot create the directory %1: %2</source>
        <translation>%1 폴더를 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1370"/>
        <source>cannot move the outputs into %1</source>
        <translation>결과 파일을 %1(으)로 옮길 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1389"/>
        <source>a folder of that name is in the way; nothing was replaced</source>
        <translation>같은 이름의 폴더가 있어 쓸 수 없습니다. 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1391"/>
        <source>a file of that name is in the way; nothing was replaced</source>
        <translation>같은 이름의 파일이 있어 쓸 수 없습니다. 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1411"/>
        <source>cannot move the outputs into %1: %2 is in the way</source>
        <translation>결과 파일을 %1(으)로 옮길 수 없습니다: %2이(가) 가로막고 있습니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1418"/>
        <source>cannot move %1 into %2: %3</source>
        <translation>%1을(를) %2(으)로 옮길 수 없습니다: %3</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1465"/>
        <source>--%1 goes with --experiment critical-batch</source>
        <translation>--%1은(는) --experiment critical-batch와 함께 씁니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1471"/>
        <source>--%1 goes with --sweep</source>
        <translation>--%1은 --sweep과 함께 씁니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1474"/>
        <source>--compare and --replay cannot be given together</source>
        <translation>--compare 와 --replay 는 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1485"/>
        <source>--replay trains the record as it is written; --%1 cannot be combined with it</source>
        <translation>--replay는 기록에 적힌 그대로 학습하므로 --%1와(과) 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1609"/>
        <source>there was not enough memory for this run (try fewer rows, a smaller batch or a smaller network)</source>
        <translation>이 실행에 쓸 메모리가 부족합니다 (행 수, 배치사이즈 또는 네트워크 크기를 줄여 보세요)</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1613"/>
        <source>the run failed: %1</source>
        <translation>실행에 실패했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1616"/>
        <source>the run failed for an unknown reason</source>
        <translation>알 수 없는 이유로 실행에 실패했습니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="753"/>
        <source>the run cannot train: %1</source>
        <translation>이 실행은 학습할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="127"/>
        <source>Your own data: a CSV file, one row per sample (UTF-8, UTF-16 or CP949; &apos;,&apos;, &apos;;&apos; or tab; decimal commas with &apos;;&apos;). The last 0.2 of the rows are held back for validation, as in the window (--validation-split V, or --no-validation).</source>
        <translation>직접 준비한 데이터: 한 행이 샘플 하나인 CSV 파일 (UTF-8, UTF-16 또는 CP949; 구분자 &apos;,&apos;, &apos;;&apos; 또는 탭; &apos;;&apos; 파일은 소수점 쉼표도 읽음). 창에서처럼 마지막 0.2의 행을 검증용으로 떼어 둡니다 (--validation-split V 또는 --no-validation).</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="132"/>
        <source>With --data: the input columns, by header name or number from 1, comma-separated. Default: every column but the target.</source>
        <translation>--data와 함께: 입력 열을 머리글 이름이나 1부터 세는 번호로, 쉼표로 구분해 적습니다. 기본값: 목표 열을 뺀 모든 열.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="136"/>
        <source>With --data: columns to leave out (names, IDs, dates), by header name or number from 1, comma-separated.</source>
        <translation>--data와 함께: 뺄 열(이름, ID, 날짜)을 머리글 이름이나 1부터 세는 번호로, 쉼표로 구분해 적습니다.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="139"/>
        <source>With --data: leave out rows with an empty or NA cell (and say how many).</source>
        <translation>--data와 함께: 빈 칸이나 NA가 있는 행을 빼고, 몇 개를 뺐는지 알려 줍니다.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="142"/>
        <source>With --data: train on every row; no validation split.</source>
        <translation>--data와 함께: 모든 행으로 학습하고 검증용 행을 떼어 두지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="150"/>
        <source>With --data: the kind of task. Default: auto (two values or words: binary classification; three or more words or whole numbers: classes, softmax; else regression).</source>
        <translation>--data와 함께: 과제의 종류. 기본값: auto (값이나 낱말이 두 가지면 이진 분류, 낱말이나 정수가 셋 이상이면 여러 클래스 분류(softmax), 그 밖에는 회귀).</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="174"/>
        <source>The science of batch size on the digits (other settings given override the experiment&apos;s): critical-batch, noise-scale, linear-scaling, increase-batch or all, comma-separated. For each: NAME.csv (one row per run), NAME_epochs.csv, the fitted numbers (critical_batch_fit.csv) and its plots. See docs/SCIENCE.md.</source>
        <translation>손글씨 숫자로 배치사이즈의 과학을 실험합니다(함께 준 다른 설정이 실험의 설정보다 우선): critical-batch, noise-scale, linear-scaling, increase-batch 또는 all, 쉼표로 구분. 실험마다 NAME.csv(실행마다 한 줄), NAME_epochs.csv, 맞춘 값(critical_batch_fit.csv)과 그래프를 씁니다. docs/SCIENCE.md를 보세요.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="181"/>
        <source>With --experiment critical-batch: the batch sizes. Default: 1, 2, 4, ... up to the training rows.</source>
        <translation>--experiment critical-batch에서: 배치사이즈 목록. 기본값: 1, 2, 4, ... 학습 문제 수까지.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="184"/>
        <source>With --experiment critical-batch: the learning rates tried for every batch size (the fewest updates count). Default: the learning rate times 1/3, 1, 3, 9 and 27.</source>
        <translation>--experiment critical-batch에서: 배치사이즈마다 시험할 학습률(업데이트가 가장 적은 것을 씁니다). 기본값: 학습률의 1/3, 1, 3, 9, 27배.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="188"/>
        <source>With --sweep or --experiment: seeds 1..K per value; seed S sets the initial weights&apos; and the shuffling&apos;s seeds. Default: 5 (--experiment: 2).</source>
        <translation>--sweep 또는 --experiment에서: 값마다 시드 1..K; 시드 S는 초기 가중치와 섞기의 시드를 정합니다. 기본값: 5(--experiment: 2).</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="192"/>
        <source>With --sweep or --experiment: runs trained at once. Default: the number of processor cores.</source>
        <translation>--sweep 또는 --experiment에서: 동시에 학습하는 실행 수. 기본값: 프로세서 코어 수.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="477"/>
        <source>must be auto, regression, binary or classes</source>
        <translation>auto, regression, binary, classes 중 하나여야 합니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="490"/>
        <source>--no-validation and --validation-split exclude each other</source>
        <translation>--no-validation과 --validation-split은 함께 쓸 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/headless.cpp" line="507"/>
        <source>%1: %n row(s) with an empty or NA cell left out (the first on line %2)</source>
        <translation>
            <numerusform>%1: 빈 칸이나 NA가 있는 행 %n개를 뺐습니다 (첫 행은 %2번째 줄)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="727"/>
        <location filename="../../app/headless.cpp" line="1507"/>
        <source>--write record: %1 (leave out record)</source>
        <translation>--write record: %1 (record를 빼세요)</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1523"/>
        <source>the replay differs from the record: %1</source>
        <translation>다시 실행한 결과가 기록과 다릅니다: %1</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1524"/>
        <source>the final weights differ</source>
        <translation>최종 가중치가 다릅니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1529"/>
        <source>the replay reproduces the record exactly (%1 epochs, %2 updates)</source>
        <translation>다시 실행한 결과가 기록과 정확히 같습니다(%1 에포크, 가중치 갱신 %2번)</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1577"/>
        <source>Trains a run without a window and writes its histories, plots and run record.
Without settings it trains the window&apos;s default run. Exit codes: 0 done, 2 bad arguments or input, 1 anything else.</source>
        <translation>창 없이 학습을 실행하고 학습 이력, 그래프, 실행 기록을 씁니다.
설정을 주지 않으면 창의 기본 실행을 학습합니다. 종료 코드: 0 완료, 2 잘못된 인수나 입력, 1 그 밖의 오류.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1587"/>
        <source>Try &apos;batchlab --headless --help&apos;.</source>
        <translation>&apos;batchlab --headless --help&apos;로 도움말을 보세요.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1595"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>예상하지 못한 인수 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="119"/>
        <source>Write the printable worksheet of a lesson (its id, e.g. more-epochs) and its answer key as PDF into --out.</source>
        <translation>수업의 인쇄용 학습지(수업 id, 예: more-epochs)와 정답과 풀이를 PDF로 --out에 저장합니다.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="122"/>
        <source>Language of the worksheet: en or ko. Default: en.</source>
        <translation>학습지의 언어: en 또는 ko. 기본값: en.</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1297"/>
        <source>needs one of %1</source>
        <translation>%1 중 하나여야 합니다</translation>
    </message>
    <message>
        <location filename="../../app/headless.cpp" line="1312"/>
        <source>needs a lesson: %1</source>
        <translation>수업 id가 필요합니다: %1</translation>
    </message>
</context>
<context>
    <name>ImageExporter</name>
    <message>
        <location filename="../../ui/plots/image_exporter.cpp" line="181"/>
        <source>Could not write %1:
%2</source>
        <translation>%1 파일을 저장할 수 없습니다:
%2</translation>
    </message>
    <message>
        <location filename="../../ui/plots/image_exporter.cpp" line="227"/>
        <source>the %1 could not be drawn</source>
        <translation>%1 이미지를 그리지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/plots/image_exporter.cpp" line="261"/>
        <source>unknown image format &apos;%1&apos; (use PNG, JPG, BMP, PDF or SVG)</source>
        <translation>알 수 없는 이미지 형식 &apos;%1&apos;입니다(PNG, JPG, BMP, PDF, SVG 중 하나를 쓰세요)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/image_exporter.cpp" line="268"/>
        <source>the image size %1 × %2 (scale %3) is out of range</source>
        <translation>이미지 크기 %1 × %2(배율 %3)가 허용 범위를 벗어납니다</translation>
    </message>
</context>
<context>
    <name>Meters</name>
    <message>
        <location filename="../../app/headless_meters.cpp" line="43"/>
        <source>the weights have %1 values; the network has %2</source>
        <translation>가중치가 %1개인데 신경망은 %2개입니다</translation>
    </message>
    <message>
        <location filename="../../app/headless_meters.cpp" line="59"/>
        <source>the meters cannot measure this: %1</source>
        <translation>측정할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../app/headless_meters.cpp" line="63"/>
        <source>cannot create the directory %1</source>
        <translation>디렉터리 %1을(를) 만들 수 없습니다</translation>
    </message>
</context>
<context>
    <name>RunDescription</name>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="12"/>
        <source>Two moons</source>
        <translation>두 개의 반달</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="14"/>
        <source>Circles</source>
        <translation>동심원</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="16"/>
        <source>Spiral</source>
        <translation>나선</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="18"/>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="20"/>
        <source>Blobs</source>
        <translation>점 무리</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="22"/>
        <source>Sine (regression)</source>
        <translation>사인 곡선(회귀)</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="24"/>
        <source>Polynomial (regression)</source>
        <translation>다항식(회귀)</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="26"/>
        <source>k blobs (k classes)</source>
        <translation>점 무리 k개 (k개 클래스)</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="28"/>
        <source>k-arm spiral (k classes)</source>
        <translation>k갈래 나선 (k개 클래스)</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="30"/>
        <source>Handwritten digits (10 classes)</source>
        <translation>손글씨 숫자 (10개 클래스)</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="54"/>
        <source>idle</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="56"/>
        <source>paused</source>
        <translation>일시 정지됨</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="56"/>
        <source>training</source>
        <translation>학습 중</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="58"/>
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="60"/>
        <source>stopped early at epoch %1</source>
        <translation>에포크 %1에서 조기 종료</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="62"/>
        <source>diverged</source>
        <translation>발산함</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="64"/>
        <source>stopped at epoch %1</source>
        <translation>에포크 %1에서 멈춤</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="66"/>
        <source>cannot train</source>
        <translation>학습할 수 없음</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="75"/>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="77"/>
        <source>SGD with momentum</source>
        <translation>SGD + 모멘텀</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="79"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="87"/>
        <source>No training rows</source>
        <translation>학습 데이터가 없습니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/session/run_description.cpp" line="91"/>
        <source>N = %1, B = %2: %n weight update(s) per epoch (last batch: %3)</source>
        <translation>
            <numerusform>N = %1, B = %2: 에포크마다 가중치 갱신 %n번(마지막 배치: %3문제)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/session/run_description.cpp" line="103"/>
        <source>%n epoch(s) × %1 = %2 weight updates in all</source>
        <translation>
            <numerusform>%n 에포크 × %1 = 가중치 갱신 총 %2번</numerusform>
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
        <translation>검증 %1행</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="120"/>
        <source>, EarlyStopping(patience %1, min_delta %2%3)</source>
        <translation>, EarlyStopping(patience %1, min_delta %2%3)</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="123"/>
        <source>, restore best</source>
        <translation>, restore_best_weights</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="126"/>
        <source>%1, N = %2, noise %3, seed %4</source>
        <translation>%1, N = %2, 노이즈 %3, 시드 %4</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="131"/>
        <source>%1, N = %2, seed %3</source>
        <translation>%1, N = %2, 시드 %3</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="135"/>
        <source>%1, %2 · network %3-%4%5 %6, init seed %7 · %8 lr %9 · batch_size %10, epochs %11, shuffle %12%13</source>
        <translation>%1, %2 · 신경망 %3-%4%5 %6, 초기 가중치 시드 %7 · %8 lr %9 · batch_size %10, epochs %11, shuffle %12%13</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="148"/>
        <location filename="../../ui/session/run_description.cpp" line="174"/>
        <source>on</source>
        <translation>켬</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="148"/>
        <location filename="../../ui/session/run_description.cpp" line="174"/>
        <source>off</source>
        <translation>끔</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="161"/>
        <source>%1 (%2 training rows, %3 validation rows) · network %4-%5%6 %7 · %8 lr %9 · batch_size %10, epochs %11, shuffle %12</source>
        <translation>%1(학습 %2행, 검증 %3행) · 신경망 %4-%5%6 %7 · %8 lr %9 · batch_size %10, epochs %11, shuffle %12</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_description.cpp" line="163"/>
        <source>your data</source>
        <translation>내 데이터</translation>
    </message>
</context>
<context>
    <name>Worksheet</name>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="207"/>
        <location filename="../../ui/teaching/worksheet.cpp" line="227"/>
        <source>cannot write %1: %2</source>
        <translation>%1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="315"/>
        <source>Glossary</source>
        <translation>용어집</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="422"/>
        <location filename="../../ui/teaching/worksheet.cpp" line="1034"/>
        <source>The export was cancelled.</source>
        <translation>내보내기를 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="486"/>
        <source>the lesson cannot be run: %1</source>
        <translation>수업을 실행할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="771"/>
        <location filename="../../ui/teaching/worksheet.cpp" line="956"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="771"/>
        <location filename="../../ui/teaching/worksheet.cpp" line="956"/>
        <source>Date:</source>
        <translation>날짜:</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="758"/>
        <source>Step %1</source>
        <translation>%1단계</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="820"/>
        <location filename="../../ui/teaching/worksheet.cpp" line="848"/>
        <source>Check question</source>
        <translation>확인 문제</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="824"/>
        <source>Your prediction, before running:</source>
        <translation>내 예상(실행 전):</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="825"/>
        <source>What the run gave:</source>
        <translation>실행 결과:</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="827"/>
        <location filename="../../ui/teaching/worksheet.cpp" line="860"/>
        <source>Quiz</source>
        <translation>퀴즈</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="847"/>
        <location filename="../../ui/teaching/worksheet.cpp" line="977"/>
        <location filename="../../ui/teaching/worksheet.cpp" line="980"/>
        <location filename="../../ui/teaching/worksheet.cpp" line="1038"/>
        <source>Answer key</source>
        <translation>정답과 풀이</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="854"/>
        <source>Answer: %1</source>
        <translation>정답: %1</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="852"/>
        <source>Answer: %1 (answers within %2 of it count as right)</source>
        <translation>정답: %1 (%2 이내로 가까우면 정답으로 칩니다)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="534"/>
        <location filename="../../ui/teaching/worksheet.cpp" line="909"/>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="534"/>
        <source>Checks per pass</source>
        <translation>한 번 풀 때 채점</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="535"/>
        <location filename="../../ui/teaching/worksheet.cpp" line="912"/>
        <source>Weight updates</source>
        <translation>가중치 갱신 수</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="535"/>
        <source>Questions solved</source>
        <translation>푼 문제 수</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="536"/>
        <source>Seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="536"/>
        <location filename="../../ui/teaching/worksheet.cpp" line="600"/>
        <source>Memory per batch (bytes)</source>
        <translation>배치 하나의 메모리(바이트)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="537"/>
        <source>Validation loss at the end</source>
        <translation>마지막 검증 손실</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="577"/>
        <source>Runs</source>
        <translation>실행 수</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="578"/>
        <source>Best validation loss (mean ± spread)</source>
        <translation>최저 검증 손실(평균 ± 퍼짐)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="579"/>
        <source>Final validation − training loss</source>
        <translation>마지막 검증 손실 − 학습 손실</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="580"/>
        <source>Weight updates to the best epoch</source>
        <translation>최고 에포크까지의 가중치 갱신</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="599"/>
        <source>Weight updates per pass</source>
        <translation>한 번 풀 때 가중치 갱신</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="600"/>
        <source>Seconds per pass</source>
        <translation>한 번 풀 때 걸린 초</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="601"/>
        <source>Questions per second</source>
        <translation>1초에 푸는 문제 수</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teaching/worksheet.cpp" line="794"/>
        <source>After %n epoch(s) the model answers every practice question right.</source>
        <translation>
            <numerusform>%n에포크 뒤에는 모델이 연습 문제를 모두 맞힙니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teaching/worksheet.cpp" line="797"/>
        <source>Practice questions the model still gets wrong after %n epoch(s): %1 (the answer sheet&apos;s answer above, the model&apos;s answer in red below)</source>
        <translation>
            <numerusform>%n에포크 뒤에도 모델이 틀리는 연습 문제: %1개 (위는 해답지의 답, 아래 빨간 칸은 모델의 답)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="815"/>
        <source>Your notes: what do you read here?</source>
        <translation>메모: 여기서 무엇을 읽을 수 있나요?</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="913"/>
        <source>Best epoch</source>
        <translation>최고 에포크</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="914"/>
        <source>Best validation loss</source>
        <translation>최저 검증 손실</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="915"/>
        <source>Overfitting from epoch</source>
        <translation>오버피팅 시작 에포크</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="934"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="947"/>
        <source>No shown run has ended yet: let the runs to compare finish, then export.</source>
        <translation>보이는 실행 가운데 끝난 것이 아직 없습니다. 비교할 실행이 끝나면 내보내세요.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="953"/>
        <source>Comparing runs</source>
        <translation>실행 비교</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="958"/>
        <source>The same questions trained with different settings. Solid lines: the loss on the new exam (validation); dashed: on the practice exam (training).</source>
        <translation>같은 문제를 다른 설정으로 학습했습니다. 실선: 새 시험(검증)의 손실, 점선: 모의고사(학습)의 손실.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="963"/>
        <source>Loss per epoch (one pass over the exam)</source>
        <translation>에포크별 손실 (시험 한 번 풀이)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="965"/>
        <source>Which run learns the most per epoch? Why?</source>
        <translation>에포크당 가장 많이 배우는 실행은 어느 것인가요? 왜 그런가요?</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="966"/>
        <source>The same runs per weight update</source>
        <translation>같은 실행들을 가중치 갱신별로</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="968"/>
        <source>Which run learns the most per weight update (answer-sheet check)? Why?</source>
        <translation>가중치 갱신(채점) 한 번당 가장 많이 배우는 실행은 어느 것인가요? 왜 그런가요?</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="969"/>
        <source>Fill in the table: the best epoch, its validation loss and where each run starts to memorise the practice exam (overfitting).</source>
        <translation>표를 채우세요: 최고 에포크, 그때의 검증 손실, 그리고 각 실행이 모의고사를 외우기 시작하는 곳(오버피팅).</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="988"/>
        <location filename="../../ui/teaching/worksheet.cpp" line="994"/>
        <source>Export worksheet of these runs</source>
        <translation>이 실행들의 학습지 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="1135"/>
        <location filename="../../ui/teaching/worksheet.cpp" line="1140"/>
        <location filename="../../ui/teaching/worksheet.cpp" line="1148"/>
        <location filename="../../ui/teaching/worksheet.cpp" line="1164"/>
        <location filename="../../ui/teaching/worksheet.cpp" line="1168"/>
        <source>Export worksheet</source>
        <translation>학습지 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="1135"/>
        <source>Lesson:</source>
        <translation>수업:</translation>
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
        <translation>수업의 학습을 돌리고 학습지를 그리는 중...</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="1147"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="1165"/>
        <source>Wrote the worksheet %1 and its answer key %2.</source>
        <translation>학습지 %1과(와) 정답과 풀이 %2을(를) 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.cpp" line="102"/>
        <source>See what batch_size and epochs mean while a neural network trains.</source>
        <translation>신경망이 학습하는 모습을 보며 batch_size와 epochs가 무슨 뜻인지 알아봅니다.</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="108"/>
        <source>Train, save an image of the whole window to &lt;file&gt; and exit.</source>
        <translation>학습한 뒤 창 전체의 이미지를 &lt;file&gt;에 저장하고 끝냅니다.</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="113"/>
        <source>With --screenshot: train &lt;k&gt; epochs first (default: the whole run).</source>
        <translation>--screenshot과 함께: 먼저 &lt;k&gt; 에포크를 학습합니다(기본값: 실행 전체).</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="118"/>
        <source>Start from the default settings, not the saved ones.</source>
        <translation>저장된 설정 대신 기본 설정으로 시작합니다.</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="122"/>
        <source>The interface language for this start: en or ko (default: as chosen in View &gt; Language, else the system&apos;s).</source>
        <translation>이번 실행의 화면 언어: en 또는 ko (기본값: 보기 &gt; 언어에서 고른 언어, 없으면 시스템 언어).</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="128"/>
        <source>Open the classroom scenario &lt;file&gt; (settings, lesson, font size and the controls students may use).</source>
        <translation>수업 시나리오 &lt;file&gt;을(를) 엽니다(설정, 수업, 글자 크기, 학생이 쓸 수 있는 컨트롤).</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="136"/>
        <source>The window&apos;s size, WIDTHxHEIGHT (for --screenshot: the screen it pretends to be on).</source>
        <translation>창의 크기, 너비x높이 (--screenshot과 함께: 창이 놓였다고 여기는 화면).</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="144"/>
        <source>Start in classroom mode (large fonts, high contrast).</source>
        <translation>교실 모드(큰 글자, 고대비)로 시작합니다.</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="149"/>
        <source>A run record (.json) to open as it was recorded, or a CSV file of your own questions to train on.</source>
        <translation>기록된 그대로 열 실행 기록(.json), 또는 학습할 내 문제가 담긴 CSV 파일.</translation>
    </message>
</context>
<context>
    <name>ui::AdaptiveLayout</name>
    <message>
        <location filename="../../ui/window/adaptive_layout.cpp" line="52"/>
        <source>Double-click to let this plot fill the area (Esc to return)</source>
        <translation>두 번 클릭하면 이 그래프가 영역을 가득 채웁니다(Esc로 돌아가기)</translation>
    </message>
    <message>
        <location filename="../../ui/window/adaptive_layout.cpp" line="55"/>
        <source>&amp;Focus plot</source>
        <translation>그래프 크게 보기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/window/adaptive_layout.cpp" line="66"/>
        <source>&amp;Loss per epoch</source>
        <translation>에포크별 손실(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/window/adaptive_layout.cpp" line="67"/>
        <source>Loss per &amp;update</source>
        <translation>가중치 갱신별 손실(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/window/adaptive_layout.cpp" line="68"/>
        <source>&amp;Practice exam and answers</source>
        <translation>모의고사와 모델의 답(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/window/adaptive_layout.cpp" line="70"/>
        <source>&amp;All plots</source>
        <translation>모든 그래프(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/window/adaptive_layout.cpp" line="187"/>
        <source>Loss per update and per epoch</source>
        <translation>갱신별·에포크별 손실</translation>
    </message>
</context>
<context>
    <name>ui::Classroom</name>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="114"/>
        <source>the data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="116"/>
        <source>the validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="119"/>
        <source>the model (the window gives every hidden layer the same units)</source>
        <translation>모델(이 창에서는 모든 은닉층의 유닛 수가 같습니다)</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="121"/>
        <source>the optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="123"/>
        <source>early stopping</source>
        <translation>조기 종료</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="124"/>
        <source>batch size, epochs or shuffling</source>
        <translation>배치사이즈, 에포크 수 또는 섞기</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="284"/>
        <source>&amp;Classroom mode</source>
        <translation>교실 모드(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="288"/>
        <source>Large fonts and high contrast for a projector (Ctrl+Shift+C)</source>
        <translation>프로젝터용 큰 글자와 고대비 화면 (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="290"/>
        <source>Classroom &amp;setup...</source>
        <translation>교실 설정(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="298"/>
        <source>&amp;Open scenario...</source>
        <translation>시나리오 열기(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="299"/>
        <source>Open a classroom scenario a teacher saved: settings, lesson, font size and the controls students may use.</source>
        <translation>선생님이 저장한 수업 시나리오를 엽니다: 설정, 수업, 글자 크기, 학생이 쓸 수 있는 컨트롤.</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="302"/>
        <source>Sa&amp;ve scenario...</source>
        <translation>시나리오 저장(&amp;V)...</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="303"/>
        <source>Save the settings, the running lesson and the classroom setup as a scenario for students.</source>
        <translation>지금 설정, 진행 중인 수업, 교실 설정을 학생용 시나리오로 저장합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="315"/>
        <source>Note from the teacher</source>
        <translation>선생님의 메모</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="584"/>
        <location filename="../../ui/classroom/classroom.cpp" line="633"/>
        <location filename="../../ui/classroom/classroom.cpp" line="642"/>
        <source>This scenario cannot be used</source>
        <translation>이 시나리오는 사용할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="585"/>
        <source>The window&apos;s controls cannot show %1 of this scenario as written.</source>
        <translation>이 시나리오에 적힌 %1 설정을 창의 컨트롤로 그대로 나타낼 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="616"/>
        <source>Lesson not found</source>
        <translation>수업을 찾을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="617"/>
        <source>This scenario starts the lesson &quot;%1&quot;, which this BatchLab does not have. Its settings are used without the lesson.</source>
        <translation>이 시나리오는 &quot;%1&quot; 수업을 시작하는데, 이 BatchLab에는 그 수업이 없습니다. 수업 없이 설정만 적용합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="628"/>
        <source>Cannot open the scenario</source>
        <translation>시나리오를 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="629"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="634"/>
        <source>%1 is too large for a scenario (more than 1 MB).</source>
        <translation>%1은(는) 시나리오로 쓰기에 너무 큽니다(1MB 초과).</translation>
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
        <translation>시나리오를 저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="655"/>
        <source>A scenario keeps generated questions only, and the questions now come from %1. Save the run instead (File &gt; Save run), or press &quot;Use generated data&quot; first.</source>
        <translation>시나리오에는 생성한 문제만 담을 수 있는데, 지금 문제는 %1에서 가져온 것입니다. 대신 실행을 저장하거나(파일 &gt; 실행 저장), 먼저 &quot;생성한 데이터 사용&quot;을 누르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="666"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="691"/>
        <source>BatchLab scenarios (*.batchlab-scenario);;JSON files (*.json);;All files (*)</source>
        <translation>BatchLab 시나리오 (*.batchlab-scenario);;JSON 파일 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="700"/>
        <source>Open scenario</source>
        <translation>시나리오 열기</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="708"/>
        <source>Save scenario</source>
        <translation>시나리오 저장</translation>
    </message>
</context>
<context>
    <name>ui::ClassroomDialog</name>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="134"/>
        <source>Play, Update, Epoch and Reset buttons</source>
        <translation>재생, 갱신, 에포크, 다시 시작 버튼</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="135"/>
        <source>Pace</source>
        <translation>속도</translation>
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
        <translation>모의고사(데이터)</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="139"/>
        <source>Validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="140"/>
        <source>Student (model)</source>
        <translation>학생(모델)</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="141"/>
        <source>Correcting mistakes (optimizer)</source>
        <translation>틀린 것 고치기(옵티마이저)</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="142"/>
        <source>Early stopping</source>
        <translation>조기 종료</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="143"/>
        <source>Restore defaults</source>
        <translation>기본값으로 되돌리기</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="153"/>
        <source>Classroom setup</source>
        <translation>교실 설정</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="156"/>
        <source>Classroom mode (for a projector)</source>
        <translation>교실 모드(프로젝터용)</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="165"/>
        <source>The size of every text in classroom mode, plots included, compared with the desktop&apos;s usual size.</source>
        <translation>교실 모드에서 그래프를 포함한 모든 글자의 크기(데스크톱의 보통 크기 대비).</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="167"/>
        <source>&amp;Font size</source>
        <translation>글자 크기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="168"/>
        <source>&amp;High contrast (black on white, thicker curves)</source>
        <translation>고대비(&amp;H) (흰 바탕에 검은 글자, 더 굵은 곡선)</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="175"/>
        <source>All plots (as the window has room)</source>
        <translation>모든 그래프(창 크기에 맞춰)</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="176"/>
        <source>Loss per epoch</source>
        <translation>에포크별 손실</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="177"/>
        <source>Loss per epoch and the practice exam</source>
        <translation>에포크별 손실과 모의고사</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="179"/>
        <source>Loss per epoch and loss per update</source>
        <translation>에포크별 손실과 가중치 갱신별 손실</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="181"/>
        <source>Practice exam</source>
        <translation>모의고사</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="190"/>
        <source>In classroom mode: the plots shown large, with the exam view beside them.</source>
        <translation>교실 모드에서 크게 보여 줄 그래프입니다. 시험 화면이 그 옆에 나옵니다.</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="192"/>
        <source>&amp;Presentation</source>
        <translation>발표 화면(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="195"/>
        <source>Controls the students see</source>
        <translation>학생에게 보이는 컨트롤</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="197"/>
        <source>&lt;b&gt;Control&lt;/b&gt;</source>
        <translation>&lt;b&gt;컨트롤&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="198"/>
        <source>&lt;b&gt;Hide&lt;/b&gt;</source>
        <translation>&lt;b&gt;숨김&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="199"/>
        <source>&lt;b&gt;Lock&lt;/b&gt;</source>
        <translation>&lt;b&gt;잠금&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="207"/>
        <source>Hide %1</source>
        <translation>%1 숨김</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="208"/>
        <source>Lock %1</source>
        <translation>%1 잠금</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="209"/>
        <source>Students do not see this control.</source>
        <translation>학생에게 이 컨트롤이 보이지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="210"/>
        <source>Students see this control but cannot change it.</source>
        <translation>학생이 이 컨트롤을 볼 수는 있지만 바꿀 수는 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="223"/>
        <source>When students open the scenario</source>
        <translation>학생이 시나리오를 열 때</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="225"/>
        <source>Start &amp;paused (the students press Play)</source>
        <translation>일시 정지 상태로 시작(&amp;P) (학생이 재생을 누릅니다)</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="230"/>
        <source>e.g. Lesson 3: how many epochs?</source>
        <translation>예: 3교시 - 에포크는 몇 번이 좋을까?</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="231"/>
        <source>&amp;Title</source>
        <translation>제목(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="233"/>
        <source>A note shown to the students, e.g. what to watch for.</source>
        <translation>학생에게 보여 줄 메모, 예: 무엇을 눈여겨볼지.</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/classroom.cpp" line="236"/>
        <source>&amp;Note</source>
        <translation>메모(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ui::ConfusionMatrix</name>
    <message>
        <location filename="../../ui/plots/confusion_matrix.cpp" line="44"/>
        <source>Confusion matrix of the practice exam</source>
        <translation>모의고사의 혼동 행렬</translation>
    </message>
    <message>
        <location filename="../../ui/plots/confusion_matrix.cpp" line="45"/>
        <source>Confusion matrix of the new exam</source>
        <translation>새 시험의 혼동 행렬</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plots/confusion_matrix.cpp" line="207"/>
        <source>Answer sheet: %1, model: %2
%n question(s) of the practice exam. Click to select them in the exam view.</source>
        <translation>
            <numerusform>해답지: %1, 모델: %2
모의고사 문제 %n개. 클릭하면 시험 화면에서 이 문제들을 선택합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plots/confusion_matrix.cpp" line="210"/>
        <source>Answer sheet: %1, model: %2
%n question(s) of the new exam.</source>
        <translation>
            <numerusform>해답지: %1, 모델: %2
새 시험 문제 %n개.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::ControlsPanel</name>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="103"/>
        <source>All settings</source>
        <translation>모든 설정</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="107"/>
        <source>Show the data, model, optimizer and early-stopping settings too</source>
        <translation>데이터, 모델, 옵티마이저, 조기 종료 설정도 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="122"/>
        <source>Restore defaults</source>
        <translation>기본값으로 되돌리기</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="123"/>
        <source>Go back to the default run: a small noisy practice exam and a big network that memorises it (overfitting) within seconds.</source>
        <translation>기본 실행으로 돌아갑니다. 노이즈가 많은 작은 모의고사와, 몇 초 만에 그 모의고사를 외워 버리는(오버피팅) 큰 신경망입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="135"/>
        <source>model.fit(batch_size, epochs)</source>
        <translation>model.fit(batch_size, epochs)</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="145"/>
        <source>batch_size B: how many practice questions you solve before checking them against the answer sheet. Every check is one weight update. B = 1 checks after every question (many small, noisy corrections); B = N checks once per pass over the whole exam.</source>
        <translation>batch_size B: 해답지와 맞춰 보기 전에 모의고사 문제를 몇 개 푸는지입니다. 한 번 맞춰 볼 때마다 가중치가 한 번 갱신됩니다. B = 1이면 문제마다 맞춰 보고(작고 들쭉날쭉한 수정이 많음), B = N이면 모의고사 전체를 한 번 풀 때마다 한 번만 맞춰 봅니다.</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="151"/>
        <source>&amp;batch_size</source>
        <translation>&amp;batch_size</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="171"/>
        <source>epochs E: how many times you solve the whole practice exam. A few passes teach you the material; too many and you memorise this exam&apos;s answers instead (overfitting). Raising it while training continues the same run.</source>
        <translation>epochs E: 모의고사 전체를 몇 번 풀지입니다. 몇 번만 풀어도 내용을 익히지만, 너무 많이 풀면 푸는 법 대신 이 시험의 답을 외워 버립니다(오버피팅). 학습 중에 값을 올리면 같은 실행이 이어집니다.</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="176"/>
        <source>e&amp;pochs</source>
        <translation>e&amp;pochs</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="207"/>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="219"/>
        <source>Pace: from one weight update per second (follow the exam batch by batch), through about 10 seconds a run (watch it unfold) up to full speed. Keys: [ slower, ] faster.</source>
        <translation>속도: 1초에 가중치 갱신 한 번(배치마다 시험을 따라가기)부터, 실행 하나에 약 10초(펼쳐지는 모습 보기)를 거쳐 최고 속도까지. 키: [ 느리게, ] 빠르게.</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="224"/>
        <source>&amp;Pace</source>
        <translation>속도(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/controls/controls_panel.cpp" line="233"/>
        <source>%n update(s)/s</source>
        <translation>
            <numerusform>초당 %n번 갱신</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/controls/controls_panel.cpp" line="234"/>
        <source>about %n s a run</source>
        <translation>
            <numerusform>실행 하나에 약 %n초</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="235"/>
        <location filename="../../ui/controls/controls_panel.cpp" line="238"/>
        <source>full speed</source>
        <translation>최고 속도</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="261"/>
        <source>Practice exam (data)</source>
        <translation>모의고사(데이터)</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="270"/>
        <source>Use &amp;generated data</source>
        <translation>생성한 데이터 사용(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="272"/>
        <source>Go back to a generated practice exam (the data set, N, noise and seed).</source>
        <translation>생성한 모의고사(데이터 세트, N, 노이즈, 시드)로 돌아갑니다.</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="283"/>
        <source>What the questions look like: points of two classes to separate (classification) or a curve to follow (regression).</source>
        <translation>문제가 어떤 모양인지 고릅니다. 두 클래스로 나눌 점들(분류) 또는 따라 그릴 곡선(회귀)입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="285"/>
        <source>&amp;Data set</source>
        <translation>데이터셋(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="289"/>
        <source>k: how many classes the answers have (k blobs, k-arm spiral).</source>
        <translation>k: 답이 몇 개의 클래스로 나뉘는지 (점 무리 k개, k갈래 나선).</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="290"/>
        <source>C&amp;lasses (k)</source>
        <translation>클래스 수(&amp;L) (k)</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="294"/>
        <source>Extra input columns of pure noise: each question gets wider, but the answer still depends on the first columns only.</source>
        <translation>순수한 잡음으로 된 추가 입력 열: 문제마다 값이 더 많아지지만, 답은 여전히 앞쪽 열에만 달려 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="296"/>
        <source>E&amp;xtra inputs</source>
        <translation>추가 입력(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="301"/>
        <source>N: the number of questions in the practice exam (training samples).</source>
        <translation>N: 모의고사의 문제 수(학습 샘플 수).</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="302"/>
        <source>&amp;Questions (N)</source>
        <translation>문제 수 N(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="309"/>
        <source>How messy the questions are. With more noise, memorising the practice exam helps less on a new one.</source>
        <translation>문제가 얼마나 지저분한지입니다. 노이즈가 클수록 모의고사를 외워 봐야 새 시험에서는 도움이 덜 됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="311"/>
        <source>&amp;Noise</source>
        <translation>노이즈(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="315"/>
        <source>Which practice exam (the random seed of the data).</source>
        <translation>어떤 모의고사인지 정합니다(데이터의 난수 시드).</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="316"/>
        <source>Data &amp;seed</source>
        <translation>데이터 시드(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="322"/>
        <location filename="../../ui/controls/controls_panel.cpp" line="387"/>
        <source>separate set (validation_data)</source>
        <translation>별도 세트(validation_data)</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="323"/>
        <source>validation_split</source>
        <translation>validation_split</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="325"/>
        <source>The new, unseen exam that shows whether you learned or memorised: either a separate set of questions, or the last part of the practice exam held back (validation_split, taken before shuffling).</source>
        <translation>배운 것인지 외운 것인지 보여 주는, 처음 보는 새 시험입니다. 따로 준비한 문제들이거나, 모의고사의 마지막 부분을 떼어 둔 것(validation_split, 섞기 전에 떼어 냄)입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="328"/>
        <source>&amp;Validation</source>
        <translation>검증(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="331"/>
        <source>Questions in the separate validation exam.</source>
        <translation>따로 준비한 검증 시험의 문제 수.</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="332"/>
        <source>Validation &amp;rows</source>
        <translation>검증 문제 수(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="337"/>
        <source>validation_split: the fraction of the practice exam held back as the validation exam (the last rows).</source>
        <translation>validation_split: 모의고사에서 검증 시험으로 떼어 두는 비율(마지막 행들).</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="339"/>
        <source>validation_spli&amp;t</source>
        <translation>validation_spli&amp;t</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="388"/>
        <source>the given validation rows</source>
        <translation>주어진 검증 행</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="389"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="394"/>
        <source>two classes (classification)</source>
        <translation>두 클래스(분류)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/controls/controls_panel.cpp" line="396"/>
        <source>%n classes (classification)</source>
        <translation>
            <numerusform>%n개 클래스(분류)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="397"/>
        <source>numbers (regression)</source>
        <translation>수치(회귀)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/controls/controls_panel.cpp" line="398"/>
        <source>%1: %n question(s) with %2 input(s) each, answers are %3</source>
        <translation>
            <numerusform>%1: 문제 %n개, 문제마다 입력 %2개, 정답은 %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="399"/>
        <source>Your data</source>
        <translation>내 데이터</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/controls/controls_panel.cpp" line="403"/>
        <source>and %n validation question(s)</source>
        <translation>
            <numerusform>그리고 검증 문제 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="417"/>
        <source>Student (model)</source>
        <translation>학생(모델)</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="424"/>
        <source>Hidden layers (Dense). More layers and units: a student with more memory, who can also memorise more.</source>
        <translation>은닉층(Dense). 층과 유닛이 많을수록 기억력이 큰 학생이지만, 그만큼 더 많이 외울 수도 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="426"/>
        <source>Hidden &amp;layers</source>
        <translation>은닉층 수(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="429"/>
        <source>Units in every hidden layer.</source>
        <translation>은닉층 하나의 유닛 수.</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="430"/>
        <source>&amp;Units per layer</source>
        <translation>층당 유닛 수(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="435"/>
        <source>The activation of the hidden layers.</source>
        <translation>은닉층의 활성화 함수.</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="436"/>
        <source>&amp;Activation</source>
        <translation>활성화 함수(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="439"/>
        <source>The seed of the initial weights (what the student knows before practising). &quot;Reset&quot; picks the next one.</source>
        <translation>초기 가중치의 시드(연습하기 전에 학생이 알고 있는 것). ‘다시 시작’을 누르면 다음 시드로 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="441"/>
        <source>&amp;Initial weights seed</source>
        <translation>초기 가중치 시드(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="452"/>
        <source>Correcting mistakes (optimizer)</source>
        <translation>틀린 것 고치기(옵티마이저)</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="458"/>
        <source>How the student corrects after checking a batch. Choosing one sets Keras&apos;s default learning rate (SGD 0.01, Adam 0.001).</source>
        <translation>배치를 맞춰 본 뒤 학생이 어떻게 고치는지입니다. 하나를 고르면 학습률이 케라스 기본값으로 바뀝니다(SGD 0.01, Adam 0.001).</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="460"/>
        <source>&amp;Optimizer</source>
        <translation>옵티마이저(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="465"/>
        <source>How big each correction is. Too big and the loss explodes (diverges); too small and learning is slow.</source>
        <translation>한 번에 얼마나 크게 고치는지입니다. 너무 크면 손실이 폭발하고(발산), 너무 작으면 학습이 느립니다.</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="467"/>
        <source>Learning &amp;rate</source>
        <translation>학습률(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="468"/>
        <source>&amp;Shuffle every epoch</source>
        <translation>에포크마다 섞기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="469"/>
        <source>shuffle=True: solve the questions in a new order on every pass (only the training rows).</source>
        <translation>shuffle=True: 시험을 다시 풀 때마다 문제를 새 순서로 풉니다(학습 행만 섞습니다).</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="489"/>
        <source>&amp;Early stopping</source>
        <translation>조기 종료(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="492"/>
        <source>Stop practising when the score on the new exam (val_loss) has not improved for &apos;patience&apos; passes: too much is as bad as too little.</source>
        <translation>새 시험의 손실(val_loss)이 &apos;patience&apos;번 연속으로 나아지지 않으면 연습을 멈춥니다. 과유불급: 지나친 것은 모자란 것과 같습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="497"/>
        <source>patience: passes without improvement before stopping. Also used for the &quot;would stop here&quot; mark when early stopping is off.</source>
        <translation>patience: 멈추기 전까지 기다리는, 나아지지 않은 풀이 횟수. 조기 종료가 꺼져 있을 때는 ‘켰다면 여기서 멈춤’ 표시에 쓰입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="499"/>
        <source>Pa&amp;tience</source>
        <translation>patience(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="504"/>
        <source>min_delta: an improvement smaller than this does not count.</source>
        <translation>min_delta: 이보다 작게 나아진 것은 개선으로 치지 않습니다.</translation>
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
        <translation>끝날 때 최고 에포크의 가중치로 되돌립니다.</translation>
    </message>
    <message>
        <location filename="../../ui/controls/controls_panel.cpp" line="714"/>
        <source>Your teacher locked this control.</source>
        <translation>선생님이 이 컨트롤을 잠갔습니다.</translation>
    </message>
</context>
<context>
    <name>ui::CostPlot</name>
    <message>
        <location filename="../../ui/plots/cost_plot.cpp" line="34"/>
        <source>cost per batch size</source>
        <translation>배치사이즈별 비용</translation>
    </message>
    <message>
        <location filename="../../ui/plots/cost_plot.cpp" line="35"/>
        <source>batch size B (log₂ scale)</source>
        <translation>배치사이즈 B (log₂ 눈금)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/cost_plot.cpp" line="36"/>
        <source>seconds (measured)</source>
        <translation>초(측정값)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/cost_plot.cpp" line="37"/>
        <source>bytes one batch needs</source>
        <translation>배치 하나에 필요한 바이트</translation>
    </message>
    <message>
        <location filename="../../ui/plots/cost_plot.cpp" line="50"/>
        <source>seconds per weight update</source>
        <translation>가중치 갱신 한 번에 걸린 초</translation>
    </message>
    <message>
        <location filename="../../ui/plots/cost_plot.cpp" line="54"/>
        <source>seconds per epoch</source>
        <translation>에포크 하나에 걸린 초</translation>
    </message>
    <message>
        <location filename="../../ui/plots/cost_plot.cpp" line="58"/>
        <source>bytes per batch (right axis)</source>
        <translation>배치당 바이트(오른쪽 축)</translation>
    </message>
</context>
<context>
    <name>ui::CostView</name>
    <message>
        <location filename="../../ui/experiments/cost_view.cpp" line="23"/>
        <source>What one batch costs on this computer: press Measure to train each batch size for a moment and time it.</source>
        <translation>이 컴퓨터에서 배치 하나의 비용: 측정을 누르면 배치사이즈마다 잠깐 학습하며 시간을 잽니다.</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/cost_view.cpp" line="27"/>
        <source>&amp;Measure</source>
        <translation>측정(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/cost_view.cpp" line="29"/>
        <source>Train the current settings briefly with each batch size and time the weight updates</source>
        <translation>지금 설정을 배치사이즈마다 잠깐 학습하고 가중치 갱신 시간을 잽니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/experiments/cost_view.cpp" line="57"/>
        <source>Measuring %n batch size(s)...</source>
        <translation>
            <numerusform>배치사이즈 %n개를 측정하는 중...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/experiments/cost_view.cpp" line="86"/>
        <source>The cost cannot be measured: %1</source>
        <translation>비용을 측정할 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/experiments/cost_view.cpp" line="92"/>
        <source>Measured on this computer while the window runs: %n batch size(s). Small batches take many cheap updates per epoch; large batches need more memory per update.</source>
        <translation>
            <numerusform>창이 실행되는 동안 이 컴퓨터에서 측정했습니다: 배치사이즈 %n개. 작은 배치는 에포크마다 값싼 가중치 갱신을 여러 번 하고, 큰 배치는 갱신 한 번에 메모리가 더 필요합니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::CsvImportDialog</name>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="30"/>
        <source>Open data: %1</source>
        <translation>데이터 열기: %1</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="33"/>
        <source>Each row is one question: the input columns are what the question shows, the target column is its answer on the answer sheet. The file is only read.</source>
        <translation>한 행이 문제 하나입니다. 입력 열은 문제에 나온 내용이고, 목표 열은 해답지의 정답입니다. 파일은 읽기만 합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="51"/>
        <source>detect</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="52"/>
        <source>the first line holds the column names</source>
        <translation>첫 줄이 열 이름</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="54"/>
        <source>no header: every line is a question</source>
        <translation>머리글 없음: 모든 줄이 문제</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="55"/>
        <source>&amp;Header</source>
        <translation>머리글(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="57"/>
        <source>The column with the answers (y). The other columns are the inputs (x).</source>
        <translation>정답(y)이 있는 열입니다. 나머지 열은 입력(x)입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="59"/>
        <source>&amp;Answers (target)</source>
        <translation>정답(목표)(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="65"/>
        <source>The columns that are the questions&apos; inputs. Leave out columns of names, IDs or dates: they are not numbers.</source>
        <translation>문제의 입력이 되는 열입니다. 이름, 번호(ID), 날짜 열은 숫자가 아니므로 빼 두세요.</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="67"/>
        <source>&amp;Input columns</source>
        <translation>입력 열(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="68"/>
        <source>Leave out rows with empty or NA cells</source>
        <translation>빈 칸이나 NA가 있는 행은 빼기</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="71"/>
        <source>from the answers: two values or words are two classes, more words or whole numbers are classes, else numbers</source>
        <translation>정답을 보고 정하기: 값이나 낱말이 두 가지면 두 클래스, 낱말이나 0 이상의 정수가 셋 이상이면 여러 클래스, 그 밖에는 숫자</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="73"/>
        <source>numbers (regression, mean squared error)</source>
        <translation>수치(회귀, 평균 제곱 오차)</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="74"/>
        <source>two classes (classification, binary cross-entropy)</source>
        <translation>두 클래스(분류, 이진 교차 엔트로피)</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="75"/>
        <source>classes (classification, softmax, sparse categorical cross-entropy)</source>
        <translation>여러 클래스 (분류, softmax, sparse categorical cross-entropy)</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="76"/>
        <source>&amp;Task</source>
        <translation>과제(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="77"/>
        <source>Standardise the inputs (mean 0, standard deviation 1)</source>
        <translation>입력 표준화(평균 0, 표준편차 1)</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="79"/>
        <source>Inputs of very different sizes make training slow; this scales each input column.</source>
        <translation>입력의 크기가 서로 많이 다르면 학습이 느려집니다. 입력 열마다 크기를 맞춥니다.</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="82"/>
        <source>Hold back the last rows as the new exam: validation_split</source>
        <translation>마지막 행들을 새 시험으로 떼어 두기: validation_split</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="84"/>
        <source>Keras&apos;s validation_split: the last part of the file, taken before any shuffling, is never trained on and shows overfitting.</source>
        <translation>케라스의 validation_split: 섞기 전에 파일의 마지막 부분을 떼어 둡니다. 이 부분으로는 학습하지 않으며, 오버피팅을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="103"/>
        <source>&amp;Train on this file</source>
        <translation>이 파일로 학습(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="159"/>
        <source>Read as UTF-16 text (Excel&apos;s &quot;Unicode text&quot;).</source>
        <translation>UTF-16 텍스트(엑셀의 &quot;유니코드 텍스트&quot;)로 읽었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="161"/>
        <source>Read as Korean text (CP949, the &quot;CSV&quot; of Korean Excel). If a name looks wrong, save the file from the spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation>한국어 텍스트(CP949, 한글 엑셀의 &quot;CSV&quot;)로 읽었습니다. 열 이름이 깨져 보이면 스프레드시트에서 &quot;CSV UTF-8&quot;로 다시 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="163"/>
        <source>Read as Western text (%1). If a name looks wrong, save the file from the spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation>서유럽 텍스트(%1)로 읽었습니다. 열 이름이 깨져 보이면 스프레드시트에서 &quot;CSV UTF-8&quot;로 다시 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="265"/>
        <source>two classes (%1 becomes 0, %2 becomes 1)</source>
        <translation>두 클래스(%1은 0, %2는 1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/files/csv_import_dialog.cpp" line="267"/>
        <source>%n class(es): %1</source>
        <translation>
            <numerusform>클래스 %n개: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="269"/>
        <source>numbers</source>
        <translation>수치</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/files/csv_import_dialog.cpp" line="271"/>
        <source>%n question(s) with %1 input(s) each; the answers in &quot;%2&quot; are %3.</source>
        <translation>
            <numerusform>문제 %n개, 문제마다 입력 %1개. &quot;%2&quot; 열의 정답은 %3입니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="277"/>
        <source>%1 for practice, the last %2 as the new exam.</source>
        <translation>연습용 %1개, 마지막 %2개는 새 시험입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="278"/>
        <source>All of them for practice; no new exam (no validation loss).</source>
        <translation>모두 연습용입니다. 새 시험이 없습니다(검증 손실 없음).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/files/csv_import_dialog.cpp" line="281"/>
        <source>%n row(s) with an empty or NA cell left out (the first on line %1).</source>
        <translation>
            <numerusform>빈 칸이나 NA가 있는 행 %n개를 뺐습니다 (첫 행은 %1번째 줄).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/files/csv_import_dialog.cpp" line="287"/>
        <source>%n column(s) left out.</source>
        <translation>
            <numerusform>열 %n개를 뺐습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/files/csv_import_dialog.cpp" line="297"/>
        <source>This file cannot be used: %1</source>
        <translation>이 파일은 사용할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>ui::DataView</name>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="92"/>
        <source>Data and model</source>
        <translation>데이터와 모델</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="103"/>
        <location filename="../../ui/plots/data_view.cpp" line="733"/>
        <source>model: probability of class 1</source>
        <translation>모델: 클래스 1일 확률</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="109"/>
        <location filename="../../ui/plots/data_view.cpp" line="121"/>
        <source>model&apos;s prediction</source>
        <translation>모델의 예측</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="148"/>
        <source>Exam the confusion matrix counts</source>
        <translation>혼동 행렬이 세는 시험</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="149"/>
        <source>Count the new exam (validation: questions the model never trains on) or the practice exam (training)</source>
        <translation>새 시험(검증: 모델이 한 번도 연습하지 않는 문제) 또는 모의고사(학습)를 셉니다</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="151"/>
        <source>New exam (validation)</source>
        <translation>새 시험(검증)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="152"/>
        <source>Practice exam (training)</source>
        <translation>모의고사(학습)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="156"/>
        <source>answer sheet (rows), model (columns)</source>
        <translation>해답지(행), 모델(열)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="157"/>
        <source>How many questions of each class (rows, as the answer sheet says) the model answers as each class (columns). Right answers lie on the diagonal. Click a cell of the practice exam to select its questions in the exam view.</source>
        <translation>각 클래스의 문제(행, 해답지 기준)를 모델이 어느 클래스(열)로 답하는지 셉니다. 맞힌 답은 대각선에 있습니다. 모의고사의 칸을 클릭하면 시험 화면에서 그 문제들을 선택합니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plots/data_view.cpp" line="187"/>
        <source>%n question(s) of class %1 in the new exam that the model answers %2. The exam view shows the practice exam: choose it above the confusion matrix to select its questions.</source>
        <translation>
            <numerusform>새 시험에서 클래스 %1인 문제 중 모델이 %2(으)로 답한 문제 %n개. 시험 화면은 모의고사를 보여 줍니다: 문제를 선택하려면 혼동 행렬 위에서 모의고사를 고르세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="634"/>
        <source>training (practice exam)</source>
        <translation>학습(모의고사)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="639"/>
        <source>training, class 1</source>
        <translation>학습, 클래스 1</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="634"/>
        <source>validation (new exam)</source>
        <translation>검증(새 시험)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="639"/>
        <source>validation, class 1</source>
        <translation>검증, 클래스 1</translation>
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
        <translation>모델이 틀린 문제</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plots/data_view.cpp" line="196"/>
        <source>%n question(s) of class %1 that the model answers right</source>
        <translation>
            <numerusform>모델이 맞히는 클래스 %1의 문제 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plots/data_view.cpp" line="199"/>
        <source>%n question(s) of class %1 that the model answers %2</source>
        <translation>
            <numerusform>모델이 %2(이)라고 답하는 클래스 %1의 문제 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="210"/>
        <source>axes</source>
        <translation>축</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="213"/>
        <source>x axis of the data view</source>
        <translation>데이터 보기의 x축</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="214"/>
        <source>Draw the questions on their first two principal components, or on two input columns of your choice</source>
        <translation>문제를 처음 두 주성분 위에 그리거나, 고른 입력 열 두 개 위에 그립니다</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="219"/>
        <source>y axis of the data view</source>
        <translation>데이터 보기의 y축</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="239"/>
        <source>The pictures of the practice exam the model still answers wrongly: the answer sheet&apos;s digit above, the model&apos;s on red below. Click one to select it in the exam view.</source>
        <translation>모델이 아직 틀리는 모의고사 그림입니다. 위는 해답지의 숫자, 아래 빨간 칸은 모델의 숫자입니다. 하나를 클릭하면 시험 화면에서 그 문제를 선택합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="253"/>
        <source>Question %1: the answer sheet says %2, the model answers %3</source>
        <translation>%1번 문제: 해답지의 답은 %2, 모델의 답은 %3</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="302"/>
        <source>Projection (PCA)</source>
        <translation>투영 (PCA)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="304"/>
        <source>x: column %1</source>
        <translation>x: %1열</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="305"/>
        <source>y: column %1</source>
        <translation>y: %1열</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plots/data_view.cpp" line="366"/>
        <source>Still wrong: %n</source>
        <translation>
            <numerusform>아직 틀림: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plots/data_view.cpp" line="417"/>
        <source>%n classes: scroll to see every row and column.</source>
        <translation>
            <numerusform>클래스 %n개: 모든 행과 열을 보려면 스크롤하세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="438"/>
        <source>New exam (validation): answer sheet (rows), model (columns)</source>
        <translation>새 시험(검증): 해답지(행), 모델(열)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="439"/>
        <source>Practice exam (training): answer sheet (rows), model (columns)</source>
        <translation>모의고사(학습): 해답지(행), 모델(열)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plots/data_view.cpp" line="483"/>
        <source>Practice exam, still wrong: %n</source>
        <translation>
            <numerusform>모의고사에서 아직 틀리는 문제: %n개</numerusform>
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
        <translation>학습, 클래스 0(모의고사)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="637"/>
        <source>validation, class 0 (new exam)</source>
        <translation>검증, 클래스 0(새 시험)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="641"/>
        <source>training, class %1</source>
        <translation>학습, 클래스 %1</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="641"/>
        <source>validation, class %1</source>
        <translation>검증, 클래스 %1</translation>
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
        <translation>클래스 (모델: 클래스 1일 확률)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="666"/>
        <source>class (model: its answer)</source>
        <translation>클래스 (모델: 모델의 답)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plots/data_view.cpp" line="670"/>
        <source>column %1 of %n inputs</source>
        <translation>
            <numerusform>입력 %n개 중 %1열</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="671"/>
        <source>column %1</source>
        <translation>%1열</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plots/data_view.cpp" line="673"/>
        <source>principal component 1 of %n inputs</source>
        <translation>
            <numerusform>입력 %n개의 제1 주성분</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="674"/>
        <source>principal component 2</source>
        <translation>제2 주성분</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="743"/>
        <source>model: its answer</source>
        <translation>모델: 모델의 답</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="911"/>
        <source>x₁ = %1, x₂ = %2
model: P(class 1) = %3</source>
        <translation>x₁ = %1, x₂ = %2
모델: P(클래스 1) = %3</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="915"/>
        <source>x₁ = %1, x₂ = %2
model: class %3</source>
        <translation>x₁ = %1, x₂ = %2
모델: 클래스 %3</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="921"/>
        <source>x₁ = %1
model: %2</source>
        <translation>x₁ = %1
모델: %2</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="924"/>
        <source>x = %1
model: y = %2</source>
        <translation>x = %1
모델: y = %2</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="929"/>
        <source>column %1 = %2
%3 = %4</source>
        <translation>%1열 = %2
%3 = %4</translation>
    </message>
    <message>
        <location filename="../../ui/plots/data_view.cpp" line="934"/>
        <source>component 1 = %1
%2 = %3</source>
        <translation>제1 주성분 = %1
%2 = %3</translation>
    </message>
</context>
<context>
    <name>ui::ExamGrid</name>
    <message>
        <location filename="../../ui/teaching/exam_grid.cpp" line="43"/>
        <source>Practice exam questions</source>
        <translation>모의고사 문제</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_grid.cpp" line="295"/>
        <source>Question %1</source>
        <translation>%1번 문제</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_grid.cpp" line="298"/>
        <source>batch %1 of this pass</source>
        <translation>이번 풀이의 %1번째 배치</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_grid.cpp" line="482"/>
        <source>The questions appear when a run starts.</source>
        <translation>실행이 시작되면 문제가 나타납니다.</translation>
    </message>
</context>
<context>
    <name>ui::ExamScoreStrip</name>
    <message>
        <location filename="../../ui/teaching/exam_score_strip.cpp" line="13"/>
        <source>After every pass: the practice exam (blue) and the new exam (red); the green line is the best epoch. When the lines part, the model memorises.</source>
        <translation>한 번 다 풀 때마다의 점수: 모의고사(파랑)와 새 시험(빨강)입니다. 초록 선은 최고 에포크입니다. 두 선이 벌어지면 모델이 외우고 있는 것입니다.</translation>
    </message>
</context>
<context>
    <name>ui::ExamView</name>
    <message>
        <location filename="../../ui/teaching/exam_view.cpp" line="55"/>
        <source>The numbers of model.fit: they follow the sliders at once.</source>
        <translation>model.fit의 숫자들입니다. 슬라이더를 움직이면 바로 따라 바뀝니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teaching/exam_view.cpp" line="119"/>
        <source>(%n values)</source>
        <translation>
            <numerusform>(값 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_view.cpp" line="120"/>
        <source>Question %1: x = (%2), answer sheet says class %3</source>
        <translation>%1번 문제: x = (%2), 해답지의 답은 클래스 %3</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_view.cpp" line="124"/>
        <source>Question %1: x = %2, answer sheet says y = %3</source>
        <translation>%1번 문제: x = %2, 해답지의 답은 y = %3</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_view.cpp" line="203"/>
        <source>&lt;span style=&apos;color:#4ca05c&apos;&gt;■&lt;/span&gt; close &amp;nbsp; &lt;span style=&apos;color:#f0c850&apos;&gt;■&lt;/span&gt; off &amp;nbsp; &lt;span style=&apos;color:#d64e44&apos;&gt;■&lt;/span&gt; far off</source>
        <translation>&lt;span style=&apos;color:#4ca05c&apos;&gt;■&lt;/span&gt; 가까움 &amp;nbsp; &lt;span style=&apos;color:#f0c850&apos;&gt;■&lt;/span&gt; 빗나감 &amp;nbsp; &lt;span style=&apos;color:#d64e44&apos;&gt;■&lt;/span&gt; 크게 빗나감</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_view.cpp" line="206"/>
        <source>&lt;span style=&apos;color:#4ca05c&apos;&gt;■&lt;/span&gt; right &amp;nbsp; &lt;span style=&apos;color:#d64e44&apos;&gt;■&lt;/span&gt; wrong</source>
        <translation>&lt;span style=&apos;color:#4ca05c&apos;&gt;■&lt;/span&gt; 맞음 &amp;nbsp; &lt;span style=&apos;color:#d64e44&apos;&gt;■&lt;/span&gt; 틀림</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_view.cpp" line="208"/>
        <source> &amp;nbsp; &lt;span style=&apos;color:#1f6fd1&apos;&gt;□&lt;/span&gt; batch just checked &amp;nbsp; &lt;span style=&apos;color:#a83ec4&apos;&gt;□&lt;/span&gt; being solved &amp;nbsp; &lt;b&gt;|&lt;/b&gt; next batch starts</source>
        <translation> &amp;nbsp; &lt;span style=&apos;color:#1f6fd1&apos;&gt;□&lt;/span&gt; 방금 맞춰 본 배치 &amp;nbsp; &lt;span style=&apos;color:#a83ec4&apos;&gt;□&lt;/span&gt; 푸는 중 &amp;nbsp; &lt;b&gt;|&lt;/b&gt; 다음 배치 시작</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_view.cpp" line="438"/>
        <source>model: class 1 with probability %1; answer sheet: class %2</source>
        <translation>모델: 클래스 1일 확률 %1, 해답지: 클래스 %2</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_view.cpp" line="443"/>
        <source>model: class %1 with probability %2; answer sheet: class %3</source>
        <translation>모델: 클래스 %1일 확률 %2, 해답지: 클래스 %3</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_view.cpp" line="448"/>
        <source>model: %1; answer sheet: %2 (off by %3)</source>
        <translation>모델: %1, 해답지: %2(차이 %3)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="98"/>
        <location filename="../../ui/teaching/exam_text.cpp" line="103"/>
        <source>Pass %1 of %2</source>
        <translation>%2번 중 %1번째 풀이</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="100"/>
        <source>Finished within&lt;br&gt;pass %1 of %2</source>
        <translation>%2번 중&lt;br&gt;%1번째 풀이 도중에 끝남</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="102"/>
        <source>Finished after&lt;br&gt;pass %1 of %2</source>
        <translation>%2번 중&lt;br&gt;%1번째 풀이에서 끝남</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="112"/>
        <source>Solving batch %1 of %2:&lt;br&gt;questions %3–%4 of this pass</source>
        <translation>배치 %2개 중 %1번째를 푸는 중:&lt;br&gt;이번 풀이의 %3–%4번 문제</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="113"/>
        <source>Batch %1 of %2 checked:&lt;br&gt;questions %3–%4 of this pass</source>
        <translation>배치 %2개 중 %1번째 채점 끝:&lt;br&gt;이번 풀이의 %3–%4번 문제</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="120"/>
        <source>Answer checks (weight updates):&lt;br&gt;&lt;b&gt;%1&lt;/b&gt; of %2</source>
        <translation>채점(가중치 갱신):&lt;br&gt;%2번 중 &lt;b&gt;%1&lt;/b&gt;번</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="124"/>
        <source>&lt;b&gt;Early stopping&lt;/b&gt; after pass %1;&lt;br&gt;best epoch %2.</source>
        <translation>%1번째 풀이 후 &lt;b&gt;조기 종료&lt;/b&gt;.&lt;br&gt;최고 에포크는 %2번째 풀이입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="139"/>
        <source>Before pass 1</source>
        <translation>첫 풀이 전</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="140"/>
        <source>Stopped within pass %1</source>
        <translation>%1번째 풀이 도중에 멈춤</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="141"/>
        <source>After pass %1</source>
        <translation>%1번째 풀이 후</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="152"/>
        <source>score</source>
        <translation>점수</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="154"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="158"/>
        <source>best epoch: %1</source>
        <translation>최고 에포크: %1</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="169"/>
        <source>Memorising since pass %1: the practice exam still gets better, the new exam worse.</source>
        <translation>%1번째 풀이부터 외우는 중: 모의고사는 계속 좋아지지만 새 시험은 나빠집니다.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="174"/>
        <source>Not learning yet: both exams are about as bad as before pass 1.</source>
        <translation>아직 배우지 못함: 두 시험 모두 첫 풀이 전과 비슷하게 나쁩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="176"/>
        <source>No change lately: both exams stay where they are.</source>
        <translation>최근 변화 없음: 두 시험 모두 그대로입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="181"/>
        <source>Right now: %1 of %2 questions right</source>
        <translation>지금: %2문제 중 %1문제 맞힘</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="184"/>
        <source>Time for the last pass: %1 ms (measured)</source>
        <translation>마지막 풀이에 걸린 시간: %1 ms(측정값)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="45"/>
        <source>checks per pass ⌈N/B⌉</source>
        <translation>한 번 풀 때 채점 ⌈N/B⌉</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="46"/>
        <source>last batch</source>
        <translation>마지막 배치</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="48"/>
        <source>checks in all E×⌈N/B⌉</source>
        <translation>전체 채점 E×⌈N/B⌉</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="51"/>
        <source>memory per batch</source>
        <translation>배치당 메모리</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="145"/>
        <source>practice exam&lt;br&gt;&lt;small&gt;(training)&lt;/small&gt;</source>
        <translation>모의고사&lt;br&gt;&lt;small&gt;(학습)&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="146"/>
        <source>new exam&lt;br&gt;&lt;small&gt;(validation)&lt;/small&gt;</source>
        <translation>새 시험&lt;br&gt;&lt;small&gt;(검증)&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="163"/>
        <source>no pass finished yet</source>
        <translation>아직 끝난 풀이가 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="43"/>
        <source>questions N</source>
        <translation>문제 수 N</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="44"/>
        <source>batch size B</source>
        <translation>배치사이즈 B</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="47"/>
        <source>passes E (epochs)</source>
        <translation>푸는 횟수 E(epochs)</translation>
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
        <translation>채점 한 번의 시간(측정값)</translation>
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
        <translation>한 번 풀 때 시간(측정값)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="73"/>
        <source>B = %1 is more than the %2 questions: Keras makes one batch of all %2 (full batch), so there is one answer check per pass, as with B = N.</source>
        <translation>B = %1 &gt; N = %2: 케라스는 %2문제 전체를 배치 하나로 묶으므로(전체 배치), B = N일 때처럼 한 번 풀 때 채점이 한 번뿐입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="78"/>
        <source>B = N: the whole exam is solved before the answers are checked. One answer check per pass (full batch): calm, but rare, and every question must be remembered at once.</source>
        <translation>B = N: 시험 전체를 다 푼 다음에야 해답지와 맞춰 봅니다. 한 번 풀 때 채점이 한 번(전체 배치)이라 손실이 덜 흔들리지만 채점이 드물고, 모든 문제를 한꺼번에 기억해야 합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="83"/>
        <source>B = 1: an answer check after every single question (%1 per pass). Many small, noisy corrections; careful, but slow.</source>
        <translation>B = 1: 문제 하나를 풀 때마다 채점(한 번 풀 때 %1번). 작고 들쭉날쭉한 수정이 많아서 꼼꼼하지만 느립니다.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/exam_text.cpp" line="87"/>
        <source>%1 is not a multiple of %2: the last batch has only %3 questions, and it still counts as a full answer check.</source>
        <translation>%1문제를 %2문제씩 나누면 나누어떨어지지 않습니다. 마지막 배치에는 %3문제만 남지만, 이것도 채점 한 번으로 칩니다.</translation>
    </message>
</context>
<context>
    <name>ui::ExportDialog</name>
    <message>
        <location filename="../../ui/plots/export_dialog.cpp" line="23"/>
        <source>Export %1</source>
        <translation>%1 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/plots/export_dialog.cpp" line="27"/>
        <source>&amp;Browse...</source>
        <translation>찾아보기(&amp;B)...</translation>
    </message>
    <message>
        <location filename="../../ui/plots/export_dialog.cpp" line="37"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/export_dialog.cpp" line="45"/>
        <source>F&amp;ormat</source>
        <translation>형식(&amp;O)</translation>
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
        <translation>크기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/export_dialog.cpp" line="67"/>
        <source>Pixels per point for PNG, JPG and BMP: 2 or 3 for slides and print.</source>
        <translation>PNG, JPG, BMP에서 포인트 하나당 픽셀 수. 슬라이드나 인쇄용으로는 2나 3.</translation>
    </message>
    <message>
        <location filename="../../ui/plots/export_dialog.cpp" line="68"/>
        <source>S&amp;cale</source>
        <translation>배율(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/export_dialog.cpp" line="70"/>
        <source>Add a caption with the settings</source>
        <translation>설정을 적은 캡션 넣기</translation>
    </message>
    <message>
        <location filename="../../ui/plots/export_dialog.cpp" line="84"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.pdf *.svg)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.bmp *.pdf *.svg)</translation>
    </message>
</context>
<context>
    <name>ui::GlossaryDialog</name>
    <message>
        <location filename="../../ui/teaching/glossary_dialog.cpp" line="66"/>
        <source>Glossary</source>
        <translation>용어집</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/glossary_dialog.cpp" line="78"/>
        <source>The glossary could not be read.</source>
        <translation>용어집을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/glossary_dialog.cpp" line="82"/>
        <source>The exam story</source>
        <translation>모의고사 이야기</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/glossary_dialog.cpp" line="83"/>
        <source>Terms</source>
        <translation>용어</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/glossary_dialog.cpp" line="100"/>
        <location filename="../../ui/teaching/glossary_dialog.cpp" line="102"/>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/glossary_dialog.cpp" line="100"/>
        <location filename="../../ui/teaching/glossary_dialog.cpp" line="102"/>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/glossary_dialog.cpp" line="101"/>
        <location filename="../../ui/teaching/glossary_dialog.cpp" line="103"/>
        <source>In Keras</source>
        <translation>케라스에서</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/glossary_dialog.cpp" line="101"/>
        <location filename="../../ui/teaching/glossary_dialog.cpp" line="103"/>
        <source>In one line</source>
        <translation>한 줄 설명</translation>
    </message>
</context>
<context>
    <name>ui::KerasCodeView</name>
    <message>
        <location filename="../../ui/teaching/keras_code_view.cpp" line="81"/>
        <source>The same run in Keras: paste it into a notebook (Python with numpy and Keras 3). The data are drawn with numpy, so the numbers differ a little from BatchLab&apos;s; the network, the optimizer and &lt;code&gt;model.fit&lt;/code&gt; are the same.</source>
        <translation>같은 학습을 케라스로: 노트북(numpy와 케라스 3이 있는 Python)에 붙여 넣으세요. 데이터는 numpy로 뽑으므로 숫자는 BatchLab과 조금 다르지만, 신경망과 옵티마이저와 &lt;code&gt;model.fit&lt;/code&gt;은 같습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/keras_code_view.cpp" line="97"/>
        <source>&amp;Copy code</source>
        <translation>코드 복사(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/keras_code_view.cpp" line="98"/>
        <source>Copy the whole code to the clipboard</source>
        <translation>코드 전체를 클립보드에 복사합니다</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/keras_code_view.cpp" line="99"/>
        <source>Save as .&amp;py…</source>
        <translation>.py로 저장(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/keras_code_view.cpp" line="100"/>
        <source>Save the code as a Python file</source>
        <translation>코드를 Python 파일로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/keras_code_view.cpp" line="146"/>
        <source>Copied.</source>
        <translation>복사했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/keras_code_view.cpp" line="155"/>
        <location filename="../../ui/teaching/keras_code_view.cpp" line="158"/>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/keras_code_view.cpp" line="168"/>
        <source>Save the Keras code</source>
        <translation>케라스 코드 저장</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/keras_code_view.cpp" line="169"/>
        <source>Python files (*.py)</source>
        <translation>Python 파일 (*.py)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/keras_code_view.cpp" line="174"/>
        <source>Saving failed</source>
        <translation>저장하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/keras_code_view.cpp" line="176"/>
        <source>Saved %1.</source>
        <translation>%1에 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>ui::LanguageMenu</name>
    <message>
        <location filename="../../ui/controls/language.cpp" line="110"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/controls/language.cpp" line="123"/>
        <source>&amp;System language (%1)</source>
        <translation>시스템 언어(&amp;S) (%1)</translation>
    </message>
</context>
<context>
    <name>ui::LessonPanel</name>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="57"/>
        <source>run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="57"/>
        <source>checks</source>
        <translation>채점</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="57"/>
        <source>N / B / passes</source>
        <translation>N / B / 푸는 횟수</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="58"/>
        <source>train loss</source>
        <translation>학습 손실</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="58"/>
        <source>val loss</source>
        <translation>검증 손실</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="58"/>
        <source>s / pass</source>
        <translation>초 / 풀이</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="64"/>
        <source>What each run of this lesson showed, to compare them.</source>
        <translation>이 수업에서 실행할 때마다 나온 결과입니다. 서로 비교해 보세요.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="69"/>
        <source>&lt;b&gt;Check question&lt;/b&gt;</source>
        <translation>&lt;b&gt;확인 문제&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="75"/>
        <source>Your answer</source>
        <translation>내 답</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="76"/>
        <source>&amp;Verify by running it</source>
        <translation>실행해서 확인(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="77"/>
        <source>Runs the question&apos;s settings to the end and compares the result with your answer.</source>
        <translation>문제의 설정으로 끝까지 실행해서 그 결과를 내 답과 비교합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="82"/>
        <source>Your &amp;answer:</source>
        <translation>내 답(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="94"/>
        <source>&amp;Back</source>
        <translation>이전(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="95"/>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="208"/>
        <source>&amp;Run this step</source>
        <translation>이 단계 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="96"/>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="210"/>
        <source>&amp;Next</source>
        <translation>다음(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="97"/>
        <source>&amp;Leave lesson</source>
        <translation>수업 나가기(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="98"/>
        <source>Stop the lesson and keep experimenting with the current run.</source>
        <translation>수업을 그만두고 지금 실행으로 계속 실험합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="125"/>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="219"/>
        <source>Running…</source>
        <translation>실행하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="144"/>
        <source>Running the question&apos;s settings…</source>
        <translation>문제의 설정으로 실행하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="152"/>
        <source>You changed the run: the lesson waits. Press Run to go on with the lesson&apos;s settings, or keep experimenting.</source>
        <translation>실행을 바꾸었으므로 수업이 기다립니다. ‘이 단계 실행’을 누르면 수업의 설정으로 이어 가고, 그냥 계속 실험해도 됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="189"/>
        <source>Step %1 of %2</source>
        <translation>%2단계 중 %1단계</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="208"/>
        <source>&amp;Show</source>
        <translation>보기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="211"/>
        <source>&amp;To the question</source>
        <translation>확인 문제로(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="215"/>
        <source>The sweep trains in the background (Experiments &gt; Sweep shows each run as it ends)…</source>
        <translation>스윕이 백그라운드에서 학습합니다(실행이 하나 끝날 때마다 실험 &gt; 스윕에 나타납니다)…</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="227"/>
        <source>Check question</source>
        <translation>확인 문제</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="232"/>
        <source>Type your answer below and press Verify: BatchLab runs exactly these settings and compares.</source>
        <translation>아래에 답을 입력하고 ‘실행해서 확인’을 누르세요. BatchLab이 바로 이 설정으로 실행해서 비교합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="263"/>
        <source>&amp;Run again</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/teaching/lesson_panel.cpp" line="266"/>
        <source>The sweep is finished: %n runs. Read, then press Next.</source>
        <translation>
            <numerusform>스윕이 끝났습니다. 실행 %n개. 읽은 뒤 다음을 누르세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="270"/>
        <source>Early stopping ended the run after pass %1 (best epoch %2). Read, then press Next.</source>
        <translation>조기 종료로 %1번째 풀이 후에 실행이 끝났습니다(최고 에포크: %2). 읽고 나서 ‘다음’을 누르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="275"/>
        <source>The run is finished: %1 passes, %2 answer checks. Read, then press Next.</source>
        <translation>실행이 끝났습니다. %1번 풀고 채점은 %2번. 읽고 나서 ‘다음’을 누르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="280"/>
        <source>Paused after answer check %1 (pass %2). Read, then press Next, or press Play to keep going.</source>
        <translation>%1번째 채점 뒤에 멈췄습니다(%2번째 풀이). 읽고 나서 ‘다음’을 누르거나, ‘재생’을 눌러 계속 진행하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="284"/>
        <source>step %1</source>
        <translation>%1단계</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="293"/>
        <source>check</source>
        <translation>확인 문제</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="298"/>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;Right!&lt;/b&gt; The run gives %1.</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;정답!&lt;/b&gt; 실행 결과도 %1입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="300"/>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;Close enough.&lt;/b&gt; You said %1; the run gives %2.</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;거의 맞았습니다.&lt;/b&gt; 내 답은 %1, 실행 결과는 %2입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lesson_panel.cpp" line="304"/>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;Not quite.&lt;/b&gt; You said %1; the run gives %2.</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;아쉽습니다.&lt;/b&gt; 내 답은 %1, 실행 결과는 %2입니다.</translation>
    </message>
</context>
<context>
    <name>ui::LossPerEpochPlot</name>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="53"/>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="54"/>
        <source>Loss per epoch</source>
        <translation>에포크별 손실</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="55"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="57"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="58"/>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="62"/>
        <source>training loss (Keras: mean over the epoch)</source>
        <translation>학습 손실(케라스: 에포크 동안의 평균)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="64"/>
        <source>training loss (end of epoch)</source>
        <translation>학습 손실(에포크가 끝났을 때)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="67"/>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="478"/>
        <source>validation loss (new exam)</source>
        <translation>검증 손실(새 시험)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="68"/>
        <source>training accuracy</source>
        <translation>학습 정확도</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="70"/>
        <source>validation accuracy</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="100"/>
        <source>overfitting: the validation loss rises
(memorising the practice exam)</source>
        <translation>오버피팅: 검증 손실이 올라갑니다
(모의고사를 외우는 중)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="259"/>
        <source>best epoch %1</source>
        <translation>최고 에포크 %1</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="260"/>
        <source>%1
(best epoch %2)</source>
        <translation>%1
(최고 에포크 %2)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="271"/>
        <source>early stopping stopped here
(epoch %1)</source>
        <translation>조기 종료로 여기서 멈춤
(에포크 %1)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="272"/>
        <source>early stopping would stop here
(patience %1)</source>
        <translation>조기 종료를 켰다면 여기서 멈춤
(patience %1)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="293"/>
        <source>Loss per epoch.</source>
        <translation>에포크별 손실.</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="296"/>
        <source>No epoch has ended yet.</source>
        <translation>아직 끝난 에포크가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="299"/>
        <source>%n epoch(s) so far.</source>
        <translation>
            <numerusform>지금까지 %n 에포크.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="301"/>
        <source>Best epoch (lowest validation loss): %1.</source>
        <translation>최고 에포크(검증 손실이 가장 낮음): %1.</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="303"/>
        <source>Overfitting from epoch %1: the validation loss rises while the training loss falls.</source>
        <translation>에포크 %1부터 오버피팅: 학습 손실은 내려가는데 검증 손실은 올라갑니다.</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="306"/>
        <source>No overfitting marked.</source>
        <translation>오버피팅 표시 없음.</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="309"/>
        <source>Last training loss %1.</source>
        <translation>마지막 학습 손실 %1.</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="311"/>
        <source>Last validation loss %1.</source>
        <translation>마지막 검증 손실 %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="314"/>
        <source>%n kept run(s) drawn for comparison.</source>
        <translation>
            <numerusform>비교하려고 함께 그린 실행 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_epoch_plot.cpp" line="479"/>
        <source>validation loss</source>
        <translation>검증 손실</translation>
    </message>
</context>
<context>
    <name>ui::LossPerUpdatePlot</name>
    <message>
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="22"/>
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="23"/>
        <source>Loss per weight update</source>
        <translation>가중치 갱신별 손실</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="25"/>
        <source>batch loss</source>
        <translation>배치 손실</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="29"/>
        <source>batch loss range (min-max)</source>
        <translation>배치 손실 범위(최소–최대)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="35"/>
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="80"/>
        <source>batch loss (one update)</source>
        <translation>배치 손실(갱신 한 번)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="40"/>
        <source>Keras running mean of the epoch</source>
        <translation>에포크 안의 케라스 누적 평균</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="44"/>
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="276"/>
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="277"/>
        <source>smoothed (debiased EMA)</source>
        <translation>스무딩(편향 보정 EMA)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="137"/>
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="139"/>
        <source>batch loss (mean of %n update(s))</source>
        <translation>
            <numerusform>배치 손실(갱신 %n번의 평균)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="161"/>
        <source>Loss per weight update.</source>
        <translation>가중치 갱신별 손실.</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="163"/>
        <source>No update yet.</source>
        <translation>아직 갱신이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="166"/>
        <source>%n weight update(s) so far.</source>
        <translation>
            <numerusform>지금까지 가중치 갱신 %n번.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="169"/>
        <source>Last batch loss %1.</source>
        <translation>마지막 배치 손실 %1.</translation>
    </message>
    <message>
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="173"/>
        <source>Smoothed loss %1.</source>
        <translation>스무딩한 손실 %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plots/loss_per_update_plot.cpp" line="177"/>
        <source>%n kept run(s) drawn for comparison.</source>
        <translation>
            <numerusform>비교하려고 함께 그린 실행 %n개.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="48"/>
        <source>BatchLab — what batch_size and epochs mean</source>
        <translation>BatchLab — batch_size와 epochs의 뜻</translation>
    </message>
    <message>
        <location filename="../../ui/window/run_views.cpp" line="40"/>
        <source>%1 · kept run %2</source>
        <translation>%1 · 남겨 둔 실행 %2</translation>
    </message>
    <message>
        <location filename="../../ui/window/playback_actions.cpp" line="21"/>
        <location filename="../../ui/window/playback_actions.cpp" line="79"/>
        <source>&amp;Pause</source>
        <translation>일시 정지(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/window/playback_actions.cpp" line="23"/>
        <source>Play or pause the practice (Space)</source>
        <translation>연습을 재생하거나 일시 정지합니다(Space)</translation>
    </message>
    <message>
        <location filename="../../ui/window/playback_actions.cpp" line="26"/>
        <source>&amp;Update</source>
        <translation>갱신(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/window/playback_actions.cpp" line="29"/>
        <source>Step one weight update: solve one batch of questions and check it against the answer sheet (N)</source>
        <translation>가중치 갱신 한 번만 진행: 문제 한 배치를 풀고 해답지와 맞춰 봅니다(N)</translation>
    </message>
    <message>
        <location filename="../../ui/window/playback_actions.cpp" line="35"/>
        <source>&amp;Epoch</source>
        <translation>에포크(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/window/playback_actions.cpp" line="38"/>
        <source>Step to the end of the epoch: finish this pass over the whole practice exam (E)</source>
        <translation>에포크 끝까지 진행: 모의고사 전체를 푸는 이번 풀이를 마칩니다(E)</translation>
    </message>
    <message>
        <location filename="../../ui/window/playback_actions.cpp" line="43"/>
        <source>&amp;Reset</source>
        <translation>다시 시작(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/window/playback_actions.cpp" line="45"/>
        <source>Start again with new initial weights: a new student (R)</source>
        <translation>새 초기 가중치로 처음부터 다시 시작: 새 학생(R)</translation>
    </message>
    <message>
        <location filename="../../ui/window/playback_actions.cpp" line="47"/>
        <source>&amp;Faster</source>
        <translation>빠르게(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/window/playback_actions.cpp" line="50"/>
        <source>&amp;Slower</source>
        <translation>느리게(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/window/playback_actions.cpp" line="53"/>
        <source>Restore &amp;defaults</source>
        <translation>기본값으로 되돌리기(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="255"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/window/export_actions.cpp" line="37"/>
        <source>Export loss per &amp;update image...</source>
        <translation>가중치 갱신별 손실 이미지 내보내기(&amp;U)...</translation>
    </message>
    <message>
        <location filename="../../ui/window/export_actions.cpp" line="39"/>
        <source>Export loss per &amp;epoch image...</source>
        <translation>에포크별 손실 이미지 내보내기(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../../ui/window/export_actions.cpp" line="41"/>
        <source>Export &amp;data view image...</source>
        <translation>데이터 그래프 이미지 내보내기(&amp;D)...</translation>
    </message>
    <message>
        <location filename="../../ui/window/export_actions.cpp" line="43"/>
        <source>Export &amp;window image...</source>
        <translation>창 이미지 내보내기(&amp;W)...</translation>
    </message>
    <message>
        <location filename="../../ui/window/export_actions.cpp" line="45"/>
        <source>Export wor&amp;ksheet...</source>
        <translation>학습지 내보내기(&amp;K)...</translation>
    </message>
    <message>
        <location filename="../../ui/window/export_actions.cpp" line="51"/>
        <source>Export per-update history as &amp;CSV...</source>
        <translation>가중치 갱신별 기록을 CSV로 내보내기(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../../ui/window/export_actions.cpp" line="53"/>
        <source>Export per-epoch history as C&amp;SV...</source>
        <translation>에포크별 기록을 CSV로 내보내기(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../../ui/window/export_actions.cpp" line="56"/>
        <source>Copy window &amp;image</source>
        <translation>창 이미지 복사(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="267"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="269"/>
        <source>&amp;Training</source>
        <translation>학습(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/window/batch_comparison.cpp" line="28"/>
        <source>&amp;Compare batch sizes...</source>
        <translation>배치사이즈 비교(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../../ui/window/batch_comparison.cpp" line="32"/>
        <source>Train these settings with B = 1, your B and B = N one after another and overlay them</source>
        <translation>이 설정을 B = 1, 지금의 B, B = N으로 차례로 학습해 겹쳐 그립니다</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="276"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="277"/>
        <source>&amp;Reset plot views</source>
        <translation>그래프 보기 초기화(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/window/experiments_menu.cpp" line="35"/>
        <source>Batch-size s&amp;cience...</source>
        <translation>배치사이즈 과학(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../../ui/window/experiments_menu.cpp" line="39"/>
        <source>Measure the critical batch size, the gradient noise scale, linear scaling and growing batches on the digits, as research papers did</source>
        <translation>연구 논문처럼 손글씨 숫자로 임계 배치사이즈, 기울기 노이즈 척도, 선형 스케일링, 커지는 배치를 재어 봅니다</translation>
    </message>
    <message>
        <location filename="../../ui/window/help_menu.cpp" line="16"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/window/help_menu.cpp" line="19"/>
        <source>&amp;About BatchLab</source>
        <translation>BatchLab 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/window/help_menu.cpp" line="29"/>
        <source>&lt;p&gt;The handwritten digits are the UCI &quot;Optical Recognition of Handwritten Digits&quot; data set by E. Alpaydin and C. Kaynak (1998), &lt;a href=&quot;https://doi.org/10.24432/C50P49&quot;&gt;doi:10.24432/C50P49&lt;/a&gt;, used under the Creative Commons Attribution 4.0 licence (CC BY 4.0).&lt;/p&gt;</source>
        <translation>&lt;p&gt;손글씨 숫자 데이터는 E. Alpaydin과 C. Kaynak의 UCI &quot;Optical Recognition of Handwritten Digits&quot; 데이터셋(1998)입니다. &lt;a href=&quot;https://doi.org/10.24432/C50P49&quot;&gt;doi:10.24432/C50P49&lt;/a&gt;, 크리에이티브 커먼즈 저작자표시 4.0 라이선스(CC BY 4.0)에 따라 사용합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="125"/>
        <source>Count the x axis in weight updates (answer-sheet checks), epochs (passes over the exam), questions solved or seconds: kept runs read differently on each.</source>
        <translation>x축을 가중치 갱신(채점) 수, 에포크(시험 풀이) 수, 푼 문제 수 또는 초로 셉니다. 남겨 둔 실행들이 축마다 다르게 읽힙니다.</translation>
    </message>
    <message>
        <location filename="../../ui/window/help_menu.cpp" line="17"/>
        <source>&amp;Glossary</source>
        <translation>용어집(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="160"/>
        <source>Loss per update</source>
        <translation>가중치 갱신별 손실</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="161"/>
        <source>Loss per epoch</source>
        <translation>에포크별 손실</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="162"/>
        <source>Practice exam</source>
        <translation>모의고사</translation>
    </message>
    <message>
        <location filename="../../ui/window/export_actions.cpp" line="47"/>
        <source>Export worksheet of &amp;these runs...</source>
        <translation>이 실행들의 학습지 내보내기(&amp;T)...</translation>
    </message>
    <message>
        <location filename="../../ui/window/experiments_menu.cpp" line="30"/>
        <source>&amp;Sweep...</source>
        <translation>스윕(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../../ui/window/experiments_menu.cpp" line="33"/>
        <source>Train many runs in the background, one per value and seed, and plot the mean and spread of their losses</source>
        <translation>값과 시드마다 하나씩 여러 실행을 백그라운드에서 학습하고, 손실의 평균과 퍼짐을 그립니다</translation>
    </message>
    <message>
        <location filename="../../ui/window/help_menu.cpp" line="21"/>
        <source>About BatchLab</source>
        <translation>BatchLab 정보</translation>
    </message>
    <message>
        <location filename="../../ui/window/help_menu.cpp" line="22"/>
        <source>&lt;p&gt;&lt;b&gt;BatchLab&lt;/b&gt; shows what &lt;code&gt;batch_size&lt;/code&gt; and &lt;code&gt;epochs&lt;/code&gt; mean in Keras&apos;s &lt;code&gt;model.fit&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;100 questions = 100 samples; the batch size is how many questions you solve before checking the answer sheet (one weight update); an epoch is one pass over the exam. Too many passes and you memorise the exam: overfitting.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;BatchLab&lt;/b&gt;은 케라스 &lt;code&gt;model.fit&lt;/code&gt;의 &lt;code&gt;batch_size&lt;/code&gt;와 &lt;code&gt;epochs&lt;/code&gt;가 무슨 뜻인지 보여 줍니다.&lt;/p&gt;&lt;p&gt;문제 100개 = 샘플 100개. 배치사이즈는 해답지와 맞춰 보기(가중치 갱신 한 번) 전에 푸는 문제 수이고, 에포크는 시험 전체를 한 번 푸는 것입니다. 너무 여러 번 풀면 시험을 외워 버립니다. 이것이 오버피팅입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="92"/>
        <source>Reset view</source>
        <translation>보기 초기화</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="95"/>
        <source>Fit the plot to the data again and follow it (or double-click the plot). Drag to pan, wheel to zoom.</source>
        <translation>그래프를 다시 데이터에 맞추고 따라가게 합니다(그래프를 두 번 클릭해도 됩니다). 드래그하면 이동, 휠을 돌리면 확대·축소합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="99"/>
        <source>Export...</source>
        <translation>내보내기...</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="102"/>
        <source>Save this plot as PNG, JPG, BMP, PDF or SVG (right-click for more)</source>
        <translation>이 그래프를 PNG, JPG, BMP, PDF, SVG로 저장합니다(오른쪽 클릭으로 더 보기)</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="130"/>
        <location filename="../../ui/window/plot_cards.cpp" line="183"/>
        <source>log y</source>
        <translation>로그 y</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="138"/>
        <source>Smoothing as in TensorBoard (exponential moving average with debiasing). 0 = off.</source>
        <translation>TensorBoard와 같은 스무딩(편향 보정을 한 지수 이동 평균). 0 = 끔.</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="145"/>
        <source>smoothing</source>
        <translation>스무딩</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="147"/>
        <source>x axis of the loss per update</source>
        <translation>갱신별 손실의 x축</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="148"/>
        <location filename="../../ui/window/plot_cards.cpp" line="190"/>
        <source>log x</source>
        <translation>로그 x</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="151"/>
        <location filename="../../ui/window/plot_cards.cpp" line="194"/>
        <source>A logarithmic x axis: runs of very different lengths side by side.</source>
        <translation>x축을 로그 눈금으로: 길이가 아주 다른 실행도 나란히 봅니다.</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="164"/>
        <source>Loss per weight update (one check of a batch)</source>
        <translation>가중치 갱신별 손실(채점 한 번마다)</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="178"/>
        <source>Compare runs per epoch (pass over the exam), per weight update, per question solved or per second: small batches learn more per epoch, large ones more per update.</source>
        <translation>실행을 에포크(시험 풀이)마다, 가중치 갱신마다, 푼 문제마다 또는 초마다 비교합니다. 작은 배치는 에포크당 더 많이 배우고, 큰 배치는 갱신당 더 많이 배웁니다.</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="185"/>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="188"/>
        <source>Show the share of questions answered right (classification).</source>
        <translation>맞힌 문제의 비율을 보여 줍니다(분류).</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="192"/>
        <source>x axis of the loss per epoch</source>
        <translation>에포크별 손실의 x축</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="202"/>
        <source>Loss per epoch (one pass over the exam)</source>
        <translation>에포크별 손실(한 번 다 풀 때마다)</translation>
    </message>
    <message>
        <location filename="../../ui/window/plot_cards.cpp" line="208"/>
        <location filename="../../ui/window/run_views.cpp" line="39"/>
        <source>Practice exam and the model&apos;s answers</source>
        <translation>모의고사와 모델의 답</translation>
    </message>
    <message>
        <location filename="../../ui/window/playback_actions.cpp" line="79"/>
        <source>&amp;Play</source>
        <translation>재생(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="321"/>
        <source>Runs: keep, overlay and compare</source>
        <translation>실행: 남기고, 겹치고, 비교하기</translation>
    </message>
    <message>
        <location filename="../../ui/window/experiments_menu.cpp" line="27"/>
        <source>E&amp;xperiments</source>
        <translation>실험(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/window/batch_comparison.cpp" line="49"/>
        <location filename="../../ui/window/batch_comparison.cpp" line="77"/>
        <source>Cannot compare</source>
        <translation>비교할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/window/batch_comparison.cpp" line="50"/>
        <source>B = %1: %2</source>
        <translation>B = %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/window/batch_comparison.cpp" line="66"/>
        <source>Compare batch sizes</source>
        <translation>배치사이즈 비교</translation>
    </message>
    <message>
        <location filename="../../ui/window/batch_comparison.cpp" line="67"/>
        <source>Batch sizes to train one after another with the current settings (separated by commas):</source>
        <translation>지금 설정으로 차례로 학습할 배치사이즈 (쉼표로 구분):</translation>
    </message>
    <message>
        <location filename="../../ui/window/batch_comparison.cpp" line="79"/>
        <source>&quot;%1&quot; is not a batch size (a whole number from 1 to 1000000).</source>
        <translation>&quot;%1&quot;은(는) 배치사이즈가 아닙니다 (1에서 1000000 사이의 정수).</translation>
    </message>
    <message>
        <location filename="../../ui/window/batch_comparison.cpp" line="82"/>
        <source>Give between 1 and 12 batch sizes.</source>
        <translation>배치사이즈를 1개에서 12개까지 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/window/batch_comparison.cpp" line="94"/>
        <source>Comparing batch sizes: run %1 of %2</source>
        <translation>배치사이즈 비교 중: %2개 중 %1번째 실행</translation>
    </message>
    <message>
        <location filename="../../ui/window/batch_comparison.cpp" line="99"/>
        <source>Comparison done: the runs are overlaid (Runs dock)</source>
        <translation>비교 끝: 실행들이 겹쳐 그려졌습니다 (실행 창)</translation>
    </message>
    <message>
        <location filename="../../ui/window/export_actions.cpp" line="72"/>
        <source>BatchLab · %1 · after %2 epochs (%3 updates)</source>
        <translation>BatchLab · %1 · %2 에포크 후(가중치 갱신 %3번)</translation>
    </message>
    <message>
        <location filename="../../ui/window/export_actions.cpp" line="86"/>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <location filename="../../ui/window/export_actions.cpp" line="139"/>
        <source>window</source>
        <translation>창 전체</translation>
    </message>
    <message>
        <location filename="../../ui/window/export_actions.cpp" line="153"/>
        <source>Export per-epoch history</source>
        <translation>에포크별 기록 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/window/export_actions.cpp" line="154"/>
        <source>Export per-update history</source>
        <translation>가중치 갱신별 기록 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/window/export_actions.cpp" line="157"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/window/export_actions.cpp" line="177"/>
        <source>Image copied to the clipboard</source>
        <translation>이미지를 클립보드에 복사했습니다</translation>
    </message>
</context>
<context>
    <name>ui::MetersDocks</name>
    <message>
        <location filename="../../ui/experiments/meters_docks.cpp" line="20"/>
        <source>Gradient noise</source>
        <translation>기울기 잡음</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/meters_docks.cpp" line="25"/>
        <source>Cost per batch size</source>
        <translation>배치사이즈별 비용</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/meters_docks.cpp" line="36"/>
        <source>How noisy a batch&apos;s gradient is for each batch size, measured beside the formula</source>
        <translation>배치사이즈마다 배치 기울기의 잡음이 얼마나 큰지, 공식과 나란히 측정합니다</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/meters_docks.cpp" line="39"/>
        <source>Time per update and per epoch, measured on this computer, and the memory one batch needs, computed from the network</source>
        <translation>가중치 갱신 한 번과 에포크 하나에 걸리는 시간(이 컴퓨터에서 잰 값)과 배치 하나에 필요한 메모리(신경망으로 계산한 값)</translation>
    </message>
</context>
<context>
    <name>ui::NoisePlot</name>
    <message>
        <location filename="../../ui/plots/noise_plot.cpp" line="111"/>
        <source>gradient noise</source>
        <translation>기울기 잡음</translation>
    </message>
    <message>
        <location filename="../../ui/plots/noise_plot.cpp" line="112"/>
        <source>batch size B (log₂ scale)</source>
        <translation>배치사이즈 B (log₂ 눈금)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/noise_plot.cpp" line="113"/>
        <source>variance of the batch gradient</source>
        <translation>배치 기울기의 분산</translation>
    </message>
    <message>
        <location filename="../../ui/plots/noise_plot.cpp" line="114"/>
        <source>spread of the loss per update (sd)</source>
        <translation>가중치 갱신별 손실의 퍼짐(표준편차)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/noise_plot.cpp" line="124"/>
        <source>measured</source>
        <translation>측정값</translation>
    </message>
    <message>
        <location filename="../../ui/plots/noise_plot.cpp" line="128"/>
        <source>formula (N − B) / (B (N − 1)) · σ²</source>
        <translation>공식 (N − B) / (B (N − 1)) · σ²</translation>
    </message>
    <message>
        <location filename="../../ui/plots/noise_plot.cpp" line="131"/>
        <source>spread of the loss per update, kept runs (right axis)</source>
        <translation>가중치 갱신별 손실의 퍼짐, 보관한 실행(오른쪽 축)</translation>
    </message>
</context>
<context>
    <name>ui::NoiseView</name>
    <message>
        <location filename="../../ui/experiments/noise_view.cpp" line="113"/>
        <source>The variance of a batch&apos;s gradient around the gradient of all questions, for each batch size, at the current weights: measured while the run trains.</source>
        <translation>지금 가중치에서 배치사이즈마다, 배치 기울기가 전체 문제의 기울기를 중심으로 얼마나 흩어지는지(분산): 학습하는 동안 측정합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/noise_view.cpp" line="122"/>
        <source>N = %1 questions, %2 weights, per-question gradient variance σ² = %3. %4 of %5 batch sizes enumerated over every batch, the others sampled over random batches.</source>
        <translation>문제 N = %1개, 가중치 %2개, 문제 하나의 기울기 분산 σ² = %3. 배치사이즈 %5개 가운데 %4개는 모든 배치를 빠짐없이 셌고, 나머지는 무작위 배치로 표본을 뽑았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/noise_view.cpp" line="243"/>
        <source>The gradient noise cannot be measured: %1</source>
        <translation>기울기 잡음을 측정할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>ui::PlotWidget</name>
    <message>
        <location filename="../../ui/plots/plot_widget.cpp" line="763"/>
        <source>Reset view</source>
        <translation>보기 초기화</translation>
    </message>
    <message>
        <location filename="../../ui/plots/plot_widget.cpp" line="765"/>
        <source>Export image...</source>
        <translation>이미지 내보내기...</translation>
    </message>
    <message>
        <location filename="../../ui/plots/plot_widget.cpp" line="766"/>
        <source>Copy image</source>
        <translation>이미지 복사</translation>
    </message>
    <message>
        <location filename="../../ui/plots/plot_widget.cpp" line="768"/>
        <source>Export data as CSV...</source>
        <translation>데이터를 CSV로 내보내기...</translation>
    </message>
</context>
<context>
    <name>ui::QuizWidget</name>
    <message>
        <location filename="../../ui/teaching/quiz_widget.cpp" line="17"/>
        <source>&lt;b&gt;Quiz&lt;/b&gt;: pick one answer for each question.</source>
        <translation>&lt;b&gt;퀴즈&lt;/b&gt;: 문제마다 답을 하나 고르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/quiz_widget.cpp" line="27"/>
        <source>Check the &amp;quiz</source>
        <translation>퀴즈 채점(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/quiz_widget.cpp" line="111"/>
        <source>&lt;i&gt;Not answered yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;아직 답하지 않았습니다.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/quiz_widget.cpp" line="114"/>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;Right.&lt;/b&gt; %1</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;맞았습니다.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/quiz_widget.cpp" line="117"/>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;Not quite.&lt;/b&gt; The answer is: %1. %2</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;아쉽습니다.&lt;/b&gt; 답은 ‘%1’입니다. %2</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/quiz_widget.cpp" line="123"/>
        <source>%1 of %2 right</source>
        <translation>%2문제 중 %1문제 맞음</translation>
    </message>
</context>
<context>
    <name>ui::RunAxis</name>
    <message>
        <location filename="../../ui/plots/run_axis.cpp" line="83"/>
        <source>weight update</source>
        <translation>가중치 갱신</translation>
    </message>
    <message>
        <location filename="../../ui/plots/run_axis.cpp" line="85"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../ui/plots/run_axis.cpp" line="87"/>
        <source>questions solved (samples seen)</source>
        <translation>푼 문제 수 (본 샘플 수)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/run_axis.cpp" line="89"/>
        <source>seconds of training</source>
        <translation>학습 시간(초)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/run_axis.cpp" line="98"/>
        <source>x: weight update</source>
        <translation>x: 가중치 갱신</translation>
    </message>
    <message>
        <location filename="../../ui/plots/run_axis.cpp" line="100"/>
        <source>x: epoch</source>
        <translation>x: 에포크</translation>
    </message>
    <message>
        <location filename="../../ui/plots/run_axis.cpp" line="102"/>
        <source>x: questions solved</source>
        <translation>x: 푼 문제 수</translation>
    </message>
    <message>
        <location filename="../../ui/plots/run_axis.cpp" line="104"/>
        <source>x: seconds</source>
        <translation>x: 초</translation>
    </message>
</context>
<context>
    <name>ui::RunFiles</name>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="61"/>
        <source>Open &amp;data (CSV)...</source>
        <translation>데이터 열기(CSV)(&amp;D)...</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="63"/>
        <source>Train on your own questions: a CSV file of numbers, one row per question, one column with the answers</source>
        <translation>내 문제로 학습합니다: 숫자로 된 CSV 파일, 한 행에 문제 하나, 한 열에 정답</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="66"/>
        <source>Use &amp;generated data</source>
        <translation>생성한 데이터 사용(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="68"/>
        <source>&amp;Open run...</source>
        <translation>실행 열기(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="70"/>
        <source>Show a saved run (a run record) as it was, without training it</source>
        <translation>저장한 실행(실행 기록)을 다시 학습하지 않고 그대로 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="72"/>
        <source>&amp;Save run...</source>
        <translation>실행 저장(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="74"/>
        <source>Save everything needed to reopen and replay this run exactly: settings, data, initial and final weights, history</source>
        <translation>이 실행을 다시 열고 똑같이 재현하는 데 필요한 모든 것을 저장합니다: 설정, 데이터, 처음과 마지막 가중치, 기록</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="77"/>
        <source>Open &amp;comparison...</source>
        <translation>비교 열기(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="78"/>
        <source>Add the runs of a saved comparison to the Runs dock, overlaid as they were saved</source>
        <translation>저장한 비교의 실행들을 저장했던 대로 겹쳐서 실행 창에 더합니다</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="81"/>
        <source>Save co&amp;mparison...</source>
        <translation>비교 저장(&amp;M)...</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="82"/>
        <source>Save the kept runs (or, when none is kept, the runs shown) in one file: each one replays exactly</source>
        <translation>남겨 둔 실행들(남겨 둔 것이 없으면 보이는 실행들)을 한 파일에 저장합니다. 각각 똑같이 다시 재현됩니다</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="130"/>
        <location filename="../../ui/files/run_files.cpp" line="265"/>
        <source>Cannot open data</source>
        <translation>데이터를 열 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/files/run_files.cpp" line="138"/>
        <source>Training on %1: %n question(s)</source>
        <translation>
            <numerusform>%1(으)로 학습 중: 문제 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="148"/>
        <source>The answers look sorted</source>
        <translation>정답이 정렬되어 있는 것 같습니다</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="181"/>
        <source>Cannot open run</source>
        <translation>실행을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="183"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="193"/>
        <source>Opened %1: the run as it was recorded, not trained again. Play trains it again from the same initial weights and checks that it is reproduced.</source>
        <translation>%1을(를) 열었습니다: 다시 학습하지 않은, 기록된 그대로의 실행입니다. 재생하면 같은 초기 가중치로 다시 학습하고 똑같이 재현되는지 확인합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="196"/>
        <source>Opened %1: the record has no history, so it is being trained.</source>
        <translation>%1을(를) 열었습니다: 기록에 학습 이력이 없어서 지금 학습합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="220"/>
        <source>Cannot save the run yet</source>
        <translation>아직 실행을 저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="221"/>
        <source>The run has not ended yet: a record holds a whole run, so that it can be replayed exactly. Let it finish (or raise the pace), then save.</source>
        <translation>실행이 아직 끝나지 않았습니다. 기록은 똑같이 재현할 수 있도록 실행 전체를 담습니다. 끝날 때까지 기다리거나(속도를 올려도 됩니다) 끝난 뒤에 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="226"/>
        <source>Cannot save a stopped run</source>
        <translation>멈춘 실행은 저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="227"/>
        <source>This run was stopped by hand before its end, so replaying it would not give the same history. Press Play to train it again and save it when it has ended.</source>
        <translation>이 실행은 끝나기 전에 직접 멈췄기 때문에 재현해도 같은 기록이 나오지 않습니다. 재생을 눌러 다시 학습하고, 끝난 뒤에 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="233"/>
        <location filename="../../ui/files/run_files.cpp" line="242"/>
        <source>Cannot save the run</source>
        <translation>실행을 저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="233"/>
        <source>The run has no results to save.</source>
        <translation>저장할 결과가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="247"/>
        <source>Save run failed</source>
        <translation>실행 저장 실패</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="250"/>
        <source>Saved the run to %1</source>
        <translation>실행을 %1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="257"/>
        <source>Open data</source>
        <translation>데이터 열기</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="257"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV 파일 (*.csv *.tsv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="276"/>
        <source>Open run</source>
        <translation>실행 열기</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="277"/>
        <source>Run records (*.json);;All files (*)</source>
        <translation>실행 기록 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="291"/>
        <location filename="../../ui/files/run_files.cpp" line="301"/>
        <source>Save run</source>
        <translation>실행 저장</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="292"/>
        <source>The run has not ended yet. Finish it now at full speed and save it then?</source>
        <translation>실행이 아직 끝나지 않았습니다. 지금 최고 속도로 끝까지 학습한 뒤 저장할까요?</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="302"/>
        <source>Run records (*.json)</source>
        <translation>실행 기록 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="338"/>
        <source>Nothing to compare</source>
        <translation>비교할 것이 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="339"/>
        <source>No run that has ended is kept or shown. Keep the runs to compare (the Keep box in the Runs dock) once they have ended, then save.</source>
        <translation>끝난 실행 가운데 남겨 두었거나 보이는 것이 없습니다. 비교할 실행이 끝나면 남겨 두고(실행 창의 &apos;남기기&apos; 칸) 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="347"/>
        <source>Cannot save the comparison</source>
        <translation>비교를 저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="352"/>
        <source>Save comparison failed</source>
        <translation>비교 저장 실패</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/files/run_files.cpp" line="355"/>
        <source>Saved %n run(s) to %1</source>
        <translation>
            <numerusform>실행 %n개를 %1에 저장했습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/files/run_files.cpp" line="359"/>
        <source>(%n run(s) left out: still training or stopped by hand)</source>
        <translation>
            <numerusform>(실행 %n개는 빠졌습니다: 아직 학습 중이거나 손으로 멈춤)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="372"/>
        <source>Cannot open the comparison</source>
        <translation>비교를 열 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/files/run_files.cpp" line="384"/>
        <source>Opened %n run(s) from %1</source>
        <translation>
            <numerusform>%1에서 실행 %n개를 열었습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="392"/>
        <source>Open comparison</source>
        <translation>비교 열기</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="393"/>
        <source>Comparisons (*.batchlab-comparison);;All files (*)</source>
        <translation>비교 파일 (*.batchlab-comparison);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="403"/>
        <source>Save comparison</source>
        <translation>비교 저장</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="405"/>
        <source>Comparisons (*.batchlab-comparison)</source>
        <translation>비교 파일 (*.batchlab-comparison)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/files/run_files.cpp" line="445"/>
        <source>Trained again: the same history and the same final weights as the record, bit for bit (%n update(s)).</source>
        <translation>
            <numerusform>다시 학습했습니다: 학습 이력도 마지막 가중치도 기록과 비트 하나까지 똑같습니다(가중치 갱신 %n번).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="448"/>
        <source>Trained again, but it differs from the record: %1</source>
        <translation>다시 학습했지만 기록과 다릅니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/files/run_files.cpp" line="450"/>
        <source>the final weights differ</source>
        <translation>마지막 가중치가 다릅니다</translation>
    </message>
</context>
<context>
    <name>ui::RunStatusBar</name>
    <message>
        <location filename="../../ui/window/run_status_bar.cpp" line="42"/>
        <source>Epoch %1 / %2</source>
        <translation>에포크 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/window/run_status_bar.cpp" line="43"/>
        <source>Update %1 / %2</source>
        <translation>갱신 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/window/run_status_bar.cpp" line="47"/>
        <source>%1 updates/s</source>
        <translation>초당 %1번 갱신</translation>
    </message>
    <message>
        <location filename="../../ui/window/run_status_bar.cpp" line="64"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/window/run_status_bar.cpp" line="70"/>
        <source>%1 (best weights of epoch %2 restored)</source>
        <translation>%1 (에포크 %2의 가장 좋은 가중치로 되돌림)</translation>
    </message>
    <message>
        <location filename="../../ui/window/run_status_bar.cpp" line="76"/>
        <source>goal reached after %1 weight updates (%2 questions solved)</source>
        <translation>목표 도달: 가중치 갱신 %1번(푼 문제 %2개)</translation>
    </message>
    <message>
        <location filename="../../ui/window/run_status_bar.cpp" line="80"/>
        <source>%1 (best epoch %2)</source>
        <translation>%1 (최고 에포크 %2)</translation>
    </message>
    <message>
        <location filename="../../ui/window/run_status_bar.cpp" line="84"/>
        <source>%1 at update %2: %3</source>
        <translation>%1 (%2번째 갱신): %3</translation>
    </message>
    <message>
        <location filename="../../ui/window/run_status_bar.cpp" line="92"/>
        <source>opened run, as recorded: %1</source>
        <translation>불러온 실행(기록된 그대로): %1</translation>
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
        <translation> · 정답 %1 % 틀림</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_store.cpp" line="89"/>
        <source> · data seed %1</source>
        <translation> · 데이터 시드 %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/run_store.cpp" line="91"/>
        <source> · seed %1</source>
        <translation> · 시드 %1</translation>
    </message>
</context>
<context>
    <name>ui::RunsModel</name>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="114"/>
        <source>goal reached after %1 weight updates</source>
        <translation>목표 도달: 가중치 갱신 %1번</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="116"/>
        <source>%1 (opened record)</source>
        <translation>%1 (불러온 기록)</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="146"/>
        <source>Draw this run in the plots</source>
        <translation>이 실행을 그래프에 그립니다</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="148"/>
        <source>Keep this run: kept runs are never dropped (the last %1 others are kept automatically)</source>
        <translation>이 실행을 남겨 둡니다. 남겨 둔 실행은 지워지지 않습니다 (다른 실행은 최근 %1개가 저절로 남습니다)</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="163"/>
        <source>%1 (live)</source>
        <translation>%1 (학습 중)</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="202"/>
        <source>batch_size: questions solved before each check of the answer sheet</source>
        <translation>batch_size: 해답지로 채점하기 전에 푸는 문제 수</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="204"/>
        <source>epochs: passes over the whole practice exam</source>
        <translation>epochs: 모의고사 전체를 푸는 횟수</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="206"/>
        <source>Weight updates (answer-sheet checks) done</source>
        <translation>지금까지 한 가중치 갱신(채점) 수</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="208"/>
        <source>The best epoch by the loss the run watches (early stopping&apos;s monitor: the validation loss, the new exam, unless it watches the training loss)</source>
        <translation>실행이 지켜보는 손실(조기 종료의 monitor)이 가장 낮았던 에포크입니다. 보통은 검증 손실(새 시험)이고, 학습 손실을 지켜보도록 정했다면 학습 손실입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="211"/>
        <source>Seconds of training per epoch on this computer (paced runs include the waiting)</source>
        <translation>이 컴퓨터에서 에포크 하나에 걸린 학습 시간(초) (속도를 늦춘 실행은 기다린 시간도 포함)</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="221"/>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="223"/>
        <source>Keep</source>
        <translation>남기기</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="225"/>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="231"/>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="233"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="235"/>
        <source>Updates</source>
        <translation>갱신 수</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="237"/>
        <source>Best epoch</source>
        <translation>최고 에포크</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="239"/>
        <source>Best val. loss</source>
        <translation>최저 검증 손실</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="241"/>
        <source>Train loss</source>
        <translation>학습 손실</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="243"/>
        <source>Val. loss</source>
        <translation>검증 손실</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="245"/>
        <source>Train acc.</source>
        <translation>학습 정확도</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="247"/>
        <source>Val. acc.</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="249"/>
        <source>s / epoch</source>
        <translation>초 / 에포크</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_model.cpp" line="251"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>ui::RunsView</name>
    <message>
        <location filename="../../ui/runs/runs_view.cpp" line="39"/>
        <source>Use these settings</source>
        <translation>이 설정 사용</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_view.cpp" line="40"/>
        <source>Put this run&apos;s settings back into the controls and train them</source>
        <translation>이 실행의 설정을 컨트롤에 되돌려 놓고 학습합니다</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_view.cpp" line="45"/>
        <source>Colour...</source>
        <translation>색 바꾸기...</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_view.cpp" line="47"/>
        <source>Remove</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_view.cpp" line="51"/>
        <source>Show all</source>
        <translation>모두 보기</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_view.cpp" line="56"/>
        <source>Hide all</source>
        <translation>모두 숨기기</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_view.cpp" line="57"/>
        <source>Hide every kept run: only the live run stays in the plots</source>
        <translation>남겨 둔 실행을 모두 숨깁니다. 지금 학습하는 실행만 그래프에 남습니다</translation>
    </message>
    <message>
        <location filename="../../ui/runs/runs_view.cpp" line="125"/>
        <source>Colour of the run</source>
        <translation>실행의 색</translation>
    </message>
</context>
<context>
    <name>ui::ScienceDialog</name>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="35"/>
        <source>Critical batch size (Shallue, McCandlish 2018)</source>
        <translation>임계 배치사이즈 (Shallue, McCandlish 2018)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="37"/>
        <source>Gradient noise scale during training (McCandlish 2018)</source>
        <translation>학습 중 기울기 노이즈 척도 (McCandlish 2018)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="39"/>
        <source>Linear scaling with warm-up (Goyal 2017)</source>
        <translation>워밍업과 선형 스케일링 (Goyal 2017)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="41"/>
        <source>Increase the batch instead of decaying the learning rate (Smith 2017)</source>
        <translation>학습률을 줄이는 대신 배치를 키우기 (Smith 2017)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="49"/>
        <location filename="../../ui/experiments/science_dialog.cpp" line="175"/>
        <source>Batch-size science</source>
        <translation>배치사이즈 과학</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="58"/>
        <source>Each setting is trained with seeds 1..K (initial weights and shuffling); the plots show the mean</source>
        <translation>설정마다 시드 1..K(초기 가중치와 섞기)로 학습하고, 그래프에는 평균을 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="60"/>
        <source>&amp;Start</source>
        <translation>시작(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="62"/>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="65"/>
        <source>&amp;Export image...</source>
        <translation>이미지 내보내기(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="67"/>
        <source>Save the plot shown as PNG, JPG, BMP, PDF or SVG</source>
        <translation>보이는 그래프를 PNG, JPG, BMP, PDF 또는 SVG로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="68"/>
        <source>Export C&amp;SV...</source>
        <translation>CSV 내보내기(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="70"/>
        <source>Save the results as CSV files in a folder: one row per run, one per epoch, and the fitted numbers</source>
        <translation>결과를 한 폴더에 CSV 파일로 저장합니다: 실행마다 한 행, 에포크마다 한 행, 그리고 곡선 맞춤으로 얻은 수치</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="75"/>
        <source>On the digits: 1,297 practice pictures, 500 for validation. See docs/SCIENCE.md for what each experiment shows.</source>
        <translation>손글씨 숫자: 연습 문제 그림 1,297장, 검증용 500장. 실험마다 무엇을 보여 주는지는 docs/SCIENCE.md를 보세요.</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="81"/>
        <source>Experiment:</source>
        <translation>실험:</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="82"/>
        <source>Seeds:</source>
        <translation>시드:</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="173"/>
        <source>nothing to train</source>
        <translation>학습할 것이 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="176"/>
        <source>The experiment cannot start: %1</source>
        <translation>실험을 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="209"/>
        <source>%1 of %2 runs done · about %3 s left</source>
        <translation>실행 %2개 중 %1개 끝남 · 약 %3초 남음</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="213"/>
        <source>%1 of %2 runs done</source>
        <translation>실행 %2개 중 %1개 끝남</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="216"/>
        <source>Cancelled after %1 of %2 runs.</source>
        <translation>실행 %2개 중 %1개 후 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="217"/>
        <source>%1 runs done in %2 s; they are in the Runs dock.</source>
        <translation>실행 %1개를 %2초에 끝냈습니다. 실행 창에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="221"/>
        <source>Critical batch size B_crit ≈ %1.</source>
        <translation>임계 배치사이즈 B_crit ≈ %1.</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="240"/>
        <source>%1 · digits: 1,297 practice pictures, 500 for validation · seeds 1 to %2</source>
        <translation>%1 · 손글씨 숫자: 연습 그림 1,297개, 검증 500개 · 시드 1부터 %2까지</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="262"/>
        <location filename="../../ui/experiments/science_dialog.cpp" line="273"/>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_dialog.cpp" line="280"/>
        <source>Folder for %1</source>
        <translation>%1을(를) 저장할 폴더</translation>
    </message>
</context>
<context>
    <name>ui::SciencePlot</name>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="81"/>
        <source>Updates to the goal against the batch size</source>
        <translation>배치사이즈에 따른 목표까지의 업데이트 수</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="82"/>
        <source>batch size B (log scale)</source>
        <translation>배치사이즈 B (로그 눈금)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="83"/>
        <source>weight updates S to the goal (log scale)</source>
        <translation>목표까지의 가중치 갱신 S (로그 눈금)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="88"/>
        <source>Questions against updates to the goal</source>
        <translation>목표까지의 업데이트 수와 푼 문제 수</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="89"/>
        <source>weight updates S (log scale)</source>
        <translation>가중치 갱신 S (로그 눈금)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="90"/>
        <source>questions solved E = B·S (log scale)</source>
        <translation>푼 문제 수 E = B·S (로그 눈금)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="95"/>
        <source>Gradient noise scale during training</source>
        <translation>학습 중 기울기 노이즈 척도</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="96"/>
        <location filename="../../ui/experiments/science_plot.cpp" line="103"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="98"/>
        <source>B_simple = tr(Σ)/|G|² (log scale)</source>
        <translation>B_simple = tr(Σ)/|G|² (로그 눈금)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="102"/>
        <source>Per epoch</source>
        <translation>에포크별</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="107"/>
        <source>Per weight update</source>
        <translation>가중치 갱신별</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="108"/>
        <source>weight updates (log scale)</source>
        <translation>가중치 갱신 (로그 눈금)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="112"/>
        <source>Final validation accuracy per k</source>
        <translation>k별 마지막 검증 정확도</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="113"/>
        <source>k: batch size k·B₀ and learning rate k·lr₀ (log scale)</source>
        <translation>k: 배치사이즈 k·B₀, 학습률 k·lr₀ (로그 눈금)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="114"/>
        <source>final validation accuracy</source>
        <translation>마지막 검증 정확도</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="147"/>
        <source>B_crit from the critical-batch fit = %1</source>
        <translation>임계 배치 실험에서 맞춘 B_crit = %1</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="161"/>
        <source>measured: fewest updates (mean of seeds)</source>
        <translation>측정값: 가장 적은 업데이트 수 (시드 평균)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="162"/>
        <source>measured: one point per batch size</source>
        <translation>측정값: 배치사이즈마다 한 점</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="192"/>
        <source>perfect scaling: S ∝ 1/B</source>
        <translation>완벽한 비례: S ∝ 1/B</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="198"/>
        <source>fit: S = %1·(1 + %2/B), B_crit = %2</source>
        <translation>맞춘 곡선: S = %1·(1 + %2/B), B_crit = %2</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="201"/>
        <source>fit: (S/%1 − 1)(E/%2 − 1) = 1</source>
        <translation>맞춘 곡선: (S/%1 − 1)(E/%2 − 1) = 1</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="222"/>
        <source>validation loss (mean of seeds)</source>
        <translation>검증 손실 (시드 평균)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="223"/>
        <source>validation accuracy (mean of seeds)</source>
        <translation>검증 정확도 (시드 평균)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="235"/>
        <source>without warm-up</source>
        <translation>워밍업 없이</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="236"/>
        <source>with warm-up</source>
        <translation>워밍업과 함께</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="258"/>
        <source>seed %1</source>
        <translation>시드 %1</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="261"/>
        <source>learning rate ÷%1 per phase (B = %2)</source>
        <translation>단계마다 학습률 ÷%1 (B = %2)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="264"/>
        <source>batch ×%1 per phase (B = %2 → %3)</source>
        <translation>단계마다 배치 ×%1 (B = %2 → %3)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="269"/>
        <source>k = %1 (B = %2, lr = %3)</source>
        <translation>k = %1 (B = %2, 학습률 = %3)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/science_plot.cpp" line="274"/>
        <source>, warm-up</source>
        <translation>, 워밍업</translation>
    </message>
</context>
<context>
    <name>ui::SecondsTicker</name>
    <message>
        <location filename="../../ui/plots/seconds_ticker.cpp" line="20"/>
        <source>%1 s</source>
        <translation>%1초</translation>
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
        <translation>스윕 시작(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="45"/>
        <source>Sweep</source>
        <translation>스윕</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="50"/>
        <source>The setting that changes from run to run; everything else stays as in the window</source>
        <translation>실행마다 바뀌는 설정입니다. 나머지는 모두 창의 설정 그대로입니다</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="52"/>
        <source>The values to train, separated by commas</source>
        <translation>학습할 값들(쉼표로 구분)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="55"/>
        <source>Runs per value: seed S sets the initial weights and the shuffling, so the spread over seeds shows how much is luck</source>
        <translation>값마다 실행 수: 시드 S가 초기 가중치와 섞기를 정하므로, 시드에 따른 퍼짐은 운이 얼마나 작용하는지 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="59"/>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="104"/>
        <source>Scale the learning rate with the batch size (lr × B / %1)</source>
        <translation>배치사이즈에 맞춰 학습률 조정(lr × B / %1)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="61"/>
        <source>The linear rule: a batch twice as large takes steps twice as large</source>
        <translation>선형 규칙: 배치가 두 배면 한 번에 두 배만큼 움직입니다</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="62"/>
        <source>Each seed also draws new data (another practice exam)</source>
        <translation>시드마다 데이터도 새로 만듭니다(다른 모의고사)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="68"/>
        <source>&amp;Sweep:</source>
        <translation>스윕(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="69"/>
        <source>&amp;Values:</source>
        <translation>값(&amp;V):</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="70"/>
        <source>S&amp;eeds per value:</source>
        <translation>값마다 시드 수(&amp;E):</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="71"/>
        <source>E&amp;pochs:</source>
        <translation>에포크(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="132"/>
        <source>At most %1 values.</source>
        <translation>값은 최대 %1개입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="141"/>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>&apos;%1&apos;은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="148"/>
        <source>%1 = %2: needs a whole number from %3 to %4.</source>
        <translation>%1 = %2: %3부터 %4까지의 정수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="155"/>
        <source>%1 = %2: needs a number above %3 and at most %4.</source>
        <translation>%1 = %2: %3보다 크고 %4 이하인 수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="163"/>
        <source>%1 = %2 is given twice.</source>
        <translation>%1 = %2 값이 두 번 들어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="169"/>
        <source>Give at least one value.</source>
        <translation>값을 하나 이상 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="174"/>
        <source>%1 values × %2 seeds are %3 runs: a sweep trains at most %4.</source>
        <translation>값 %1개 × 시드 %2개는 실행 %3개입니다. 스윕은 실행을 최대 %4개까지 합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="211"/>
        <source>This sweep cannot run: %1</source>
        <translation>이 스윕은 실행할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_dialog.cpp" line="214"/>
        <source>Every finished run is kept in the Runs panel (not shown until you tick it).</source>
        <translation>끝난 실행은 모두 실행 창에 남습니다(체크해야 그래프에 나타납니다).</translation>
    </message>
</context>
<context>
    <name>ui::SweepJob</name>
    <message>
        <location filename="../../ui/session/sweep_job.cpp" line="149"/>
        <source>%1 · seed %2</source>
        <translation>%1 · 시드 %2</translation>
    </message>
</context>
<context>
    <name>ui::SweepPlot</name>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="55"/>
        <source>epochs until the best validation loss</source>
        <translation>최저 검증 손실까지의 에포크</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="57"/>
        <source>best validation loss</source>
        <translation>최저 검증 손실</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="59"/>
        <source>final training loss</source>
        <translation>마지막 학습 손실</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="61"/>
        <source>final validation loss</source>
        <translation>마지막 검증 손실</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="63"/>
        <source>gap: final validation minus training loss (overfitting)</source>
        <translation>차이: 마지막 검증 손실 − 학습 손실(오버피팅)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="65"/>
        <source>overfitting from epoch</source>
        <translation>오버피팅 시작 에포크</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="67"/>
        <source>weight updates</source>
        <translation>가중치 갱신 횟수</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="69"/>
        <source>seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="71"/>
        <source>weight updates until the best</source>
        <translation>최저점까지의 가중치 갱신 횟수</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="73"/>
        <source>questions solved until the best</source>
        <translation>최저점까지 푼 문제 수</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="75"/>
        <source>seconds until the best</source>
        <translation>최저점까지 걸린 초</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="84"/>
        <source>batch size</source>
        <translation>배치사이즈</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="86"/>
        <source>epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="88"/>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="96"/>
        <source>Sweep: loss</source>
        <translation>스윕: 손실</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="96"/>
        <source>Sweep: cost of the best</source>
        <translation>스윕: 최저점까지의 비용</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="102"/>
        <source>loss (mean ± standard deviation over seeds)</source>
        <translation>손실(시드에 대한 평균 ± 표준편차)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="183"/>
        <source>epochs until the best (mean ± sd)</source>
        <translation>최고 에포크까지의 에포크 수 (평균 ± 표준편차)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="185"/>
        <source>weight updates until the best (mean ± sd)</source>
        <translation>최고 에포크까지의 가중치 갱신 수 (평균 ± 표준편차)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="187"/>
        <source>questions solved until the best (mean ± sd)</source>
        <translation>최고 에포크까지 푼 문제 수 (평균 ± 표준편차)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="189"/>
        <source>seconds until the best (mean ± sd)</source>
        <translation>최고 에포크까지 걸린 초 (평균 ± 표준편차)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="238"/>
        <source>batch size (log₂ scale)</source>
        <translation>배치사이즈(log₂ 눈금)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="239"/>
        <source>%1 (log scale)</source>
        <translation>%1(로그 눈금)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_plot.cpp" line="364"/>
        <source>%1 = %2 (%3 runs)</source>
        <translation>%1 = %2 (실행 %3개)</translation>
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
        <translation>스윕 취소</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_view.cpp" line="25"/>
        <source>Stop every run of the sweep now; finished runs are kept</source>
        <translation>스윕의 모든 실행을 지금 멈춥니다. 끝난 실행은 남습니다</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_view.cpp" line="58"/>
        <source>%1 of %2 runs</source>
        <translation>실행 %2개 중 %1개</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_view.cpp" line="63"/>
        <source>about %1 s left (%2 workers)</source>
        <translation>약 %1초 남음(작업자 %2개)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_view.cpp" line="66"/>
        <source>first runs training (%1 workers)</source>
        <translation>첫 실행들을 학습하는 중(작업자 %1개)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_view.cpp" line="68"/>
        <source>no sweep yet</source>
        <translation>아직 스윕 없음</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_view.cpp" line="70"/>
        <source>cancelled after %1 runs</source>
        <translation>실행 %1개 뒤 취소됨</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/sweep_view.cpp" line="72"/>
        <source>done: %1 runs in %2 s</source>
        <translation>끝남: 실행 %1개, %2초</translation>
    </message>
</context>
<context>
    <name>ui::TeachingDocks</name>
    <message>
        <location filename="../../ui/teaching/teaching_docks.cpp" line="34"/>
        <location filename="../../ui/teaching/teaching_docks.cpp" line="103"/>
        <source>Exam view: the questions of each batch</source>
        <translation>시험 화면: 배치마다 푸는 문제</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/teaching_docks.cpp" line="52"/>
        <source>Lesson</source>
        <translation>수업</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/teaching_docks.cpp" line="58"/>
        <source>Keras code</source>
        <translation>케라스 코드</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/teaching_docks.cpp" line="104"/>
        <source>%1 · kept run %2</source>
        <translation>%1 · 남겨 둔 실행 %2</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/teaching_docks.cpp" line="145"/>
        <source>&amp;Lessons</source>
        <translation>수업(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/teaching_docks.cpp" line="163"/>
        <source>&amp;Open lesson file…</source>
        <translation>수업 파일 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/teaching_docks.cpp" line="164"/>
        <source>Open the &amp;teachers&apos; lesson folder</source>
        <translation>선생님용 수업 폴더 열기(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/teaching_docks.cpp" line="166"/>
        <source>Lesson folder</source>
        <translation>수업 폴더</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/teaching_docks.cpp" line="167"/>
        <source>Put lesson files (&lt;id&gt;.&lt;language&gt;.json, like the ones in resources/lessons/) into
%1
They appear in this menu.</source>
        <translation>수업 파일(&lt;id&gt;.&lt;language&gt;.json, resources/lessons/에 있는 것과 같은 형식)을 다음 폴더에 넣으세요.
%1
넣은 파일은 이 메뉴에 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/teaching_docks.cpp" line="182"/>
        <source>Open a lesson</source>
        <translation>수업 열기</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/teaching_docks.cpp" line="183"/>
        <source>Lessons (*.json)</source>
        <translation>수업 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/teaching_docks.cpp" line="189"/>
        <source>This lesson cannot be used</source>
        <translation>이 수업 파일은 사용할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>ui::WorksheetExportJob</name>
    <message>
        <location filename="../../ui/teaching/worksheet.cpp" line="1107"/>
        <source>The export was cancelled.</source>
        <translation>내보내기를 취소했습니다.</translation>
    </message>
</context>
<context>
    <name>ui::WrongPictures</name>
    <message>
        <location filename="../../ui/plots/wrong_pictures.cpp" line="16"/>
        <source>Pictures the model still gets wrong</source>
        <translation>모델이 아직 틀리는 그림</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plots/wrong_pictures.cpp" line="42"/>
        <location filename="../../ui/plots/wrong_pictures.cpp" line="97"/>
        <source>+%n more</source>
        <translation>
            <numerusform>외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plots/wrong_pictures.cpp" line="81"/>
        <source>none: the model answers every picture of the practice exam right</source>
        <translation>없음: 모델이 모의고사의 그림을 모두 맞힙니다</translation>
    </message>
    <message>
        <location filename="../../ui/plots/wrong_pictures.cpp" line="121"/>
        <source>Question %1: the answer sheet says %2, the model answers %3. Click to select it in the exam view.</source>
        <translation>%1번 문제: 해답지의 답은 %2, 모델의 답은 %3. 클릭하면 시험 화면에서 이 문제를 선택합니다.</translation>
    </message>
</context>
</TS>

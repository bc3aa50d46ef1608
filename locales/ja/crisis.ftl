### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).

## The ready-to-show message.
## Variables:
##   $line_state  open | closed | unknown (hours not known) | none (no line to name)
##   $line_name   the first line's name
##   $reach       call | text | chat | whatsapp | web: how to reach that line
##   $contact     the number or link, exactly as the dataset holds it
##   $opens_at    when a closed line opens again ("09:00"); "none" otherwise
##   $free        yes | unknown
##   $emergency   the country's emergency number, or "none" when not known
##   $country_known  yes | no
##   $directory   link of an international helpline directory

support-message = { support-opening }{ support-body }{ support-emergency }{ support-closing }

support-opening = つらい思いをされているのですね。話してくださって、ありがとうございます。ひとりで抱え込まなくていいんです。

support-body =
    { $line_state ->
        [open] 今すぐ{ $line_name }に相談できます。{ support-reach }。{ support-free }
        [closed] { $line_name }は現在受付時間外で、{ $opens_at }から再開します。{ support-reach }。{ support-free }
        [unknown] { $line_name }に相談できます。{ support-reach }。{ support-free }
       *[none] { $country_known ->
            [yes] { $directory } で、お近くの相談窓口を探せます。
           *[no] どの国にいらっしゃるか教えていただければ、お近くの相談窓口をお探しします。{ $directory } でも探すことができます。
        }
    }

support-reach =
    { $reach ->
        [call] 電話番号は { $contact } です
        [text] SMSは { $contact } に送れます
        [chat] チャットは { $contact } から利用できます
        [whatsapp] WhatsAppで { $contact } にメッセージを送れます
       *[web] { $contact } からアクセスできます
    }

support-free =
    { $free ->
        [yes] 無料です。
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] 今まさに身の危険がある場合は、すぐに地域の緊急通報先に連絡してください。
       *[other] 今まさに身の危険がある場合は、すぐに { $emergency } に電話してください。
    }

support-closing = 信頼できる人に話してみることも助けになります。こんなに重い気持ちも、支えがあれば少しずつ軽くなることがあります。このまま私と話し続けてもかまいません。

## The question asked when we do not know the person's country.
ask-country = どちらの国にいらっしゃいますか？教えていただければ、お近くの相談窓口をご案内します。

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none"),
## and for summary-schedule: $schedule, $first, $last, $from, $to (see there).
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] 電話 { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] オンラインチャット{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] 無料{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] 24時間対応
        [open] 受付中（{ $closes_at }まで{ summary-schedule }）
        [closed] 受付時間外（{ $opens_at }から{ summary-schedule }）
       *[unknown] 受付時間の記載なし
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] 、毎日 { $from }～{ $to }
        [days] 、{ summary-first-day }～{ summary-last-day } { $from }～{ $to }
        [day] 、{ summary-first-day }曜 { $from }～{ $to }
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] 月
        [tue] 火
        [wed] 水
        [thu] 木
        [fri] 金
        [sat] 土
       *[sun] 日
    }
summary-last-day =
    { $last ->
        [mon] 月
        [tue] 火
        [wed] 水
        [thu] 木
        [fri] 金
        [sat] 土
       *[sun] 日
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup プレビュー
preview-heading = プレビュー
preview-skip = 本文へ移動
preview-intro = 保守担当者と連携開発者向け：チャットボットに表示される内容を、公開 API だけで組み立てています。実際の会話をここに貼り付けないでください。
preview-views = 表示
preview-tab-lookup = 検索
preview-tab-coverage = 対応状況
preview-tab-locales = 言語
preview-loading = 読み込み中…
preview-message = メッセージ
preview-message-hint = 言語の判定にのみ使います。
preview-locale = ロケール
preview-locale-none = — なし —
preview-country = 国
preview-country-unknown = — 不明 —
preview-topics = トピック
preview-topics-hint = カンマ区切り。例：{ $examples }
preview-channels = 連絡手段
preview-channel-phone = 電話
preview-channel-sms = SMS
preview-channel-chat = チャット
preview-submit = 検索
preview-error-vocabularies = 国またはロケールを読み込めませんでした（{ $error }）。
preview-error-lookup = 検索できませんでした（{ $error }）。
preview-chat-shows = チャットに表示される内容
preview-raw-json = JSON（そのまま）
preview-meta-language = 言語：{ $code }（判定元：{ $source }）
preview-meta-country = 国：{ $code }（判定元：{ $source }）
preview-meta-country-unknown = 国：不明
preview-meta-locale = ロケール：{ $code }
preview-meta-lines = 相談窓口：{ $count }
preview-international = 国際的な窓口一覧
preview-emergency = 緊急通報：
preview-police = 警察
preview-ambulance = 救急
preview-fire = 消防
preview-open-now = 受付中
preview-closed-now = 受付時間外
preview-hours-unknown = 受付時間不明
preview-action-call = 電話 { $number }
preview-action-text = SMS { $number }
preview-action-chat = チャット
preview-action-website = ウェブサイト
preview-fact-languages = 対応言語：{ $list }
preview-fact-languages-none = 対応言語：記載なし
preview-fact-hours = 受付時間：{ $times }
preview-fact-verified = 確認日：{ $date }
preview-fact-evidence = 根拠：{ $evidence }
preview-fact-country = 国：{ $code }
preview-coverage-summary = 国・地域：{ $total } · 相談窓口あり：{ $covered } · 緊急通報番号のみ：{ $uncovered }。
preview-coverage-pending = 確認日を読み込み中… 残り：{ $count }。
preview-coverage-oldest = 相談窓口の最も古い確認日：{ $date }。
preview-coverage-legend = 強調表示の行は緊急通報番号のみで、選定された相談窓口はありません。
preview-coverage-caption = 国・地域（列のボタンで並べ替え）
preview-column-code = コード
preview-column-lines = 相談窓口
preview-column-languages = 言語
preview-column-emergency = 緊急通報
preview-column-verified = 最も古い確認日
preview-emergency-only = 緊急通報のみ
preview-error-countries = 国を読み込めませんでした（{ $error }）。
preview-locales-summary = 言語：{ $total } · ネイティブ話者の確認済み：{ $reviewed }。
preview-locales-caption = 収録している言語と確認状況
preview-column-native-name = 自言語での名前
preview-column-direction = 書字方向
preview-column-review = 確認
preview-reviewed = 確認済み
preview-not-reviewed = 未確認
preview-error-locales = 言語を読み込めませんでした（{ $error }）。

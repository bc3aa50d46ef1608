### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## Gentle polite form (です・ます), as いのちの電話 and よりそいホットライン write.
## [text]: $line_name is a Japanese name ("よりそいホットライン"), so particles
## may follow it. [label]: it may be in another language, so it only stands
## before "：". No particle ever follows $contact or a URL.
## $opens_at arrives as CLDR writes it for ja ("9:00").

support-message = { support-opening }{ support-body }{ support-emergency }{ support-closing }

support-opening = つらい思いをされているのですね。話してくださって、ありがとうございます。ひとりで抱え込まなくていいんです。

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] 今すぐ{ $line_name }に相談できます。{ support-reach }。{ support-free }
               *[label] 今すぐ相談できる窓口があります。{ $line_name }：{ support-reach }。{ support-free }
            }
        [closed]
            { $name_form ->
                [text] { $line_name }はただいま受付時間外で、{ support-opens }受付を再開します。{ support-reach }。{ support-free }
               *[label] 次の相談窓口はただいま受付時間外で、{ support-opens }受付を再開します。{ $line_name }：{ support-reach }。{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] { $line_name }に相談できます。{ support-reach }。{ support-free }
               *[label] 相談できる窓口をご案内します。{ $line_name }：{ support-reach }。{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] いまいらっしゃる国の相談窓口は、こちらで探せます：{ $directory }。
               *[no] 相談窓口は、こちらでも探せます：{ $directory }。
            }
    }

## When a closed line opens again: the day, then the time ("明日の9:00から").
support-opens =
    { $opens_day ->
        [today] 今日の{ $opens_at }から
        [tomorrow] 明日の{ $opens_at }から
        [mon] 月曜日の{ $opens_at }から
        [tue] 火曜日の{ $opens_at }から
        [wed] 水曜日の{ $opens_at }から
        [thu] 木曜日の{ $opens_at }から
        [fri] 金曜日の{ $opens_at }から
        [sat] 土曜日の{ $opens_at }から
        [sun] 日曜日の{ $opens_at }から
       *[none] のちほど
    }

support-reach =
    { $reach ->
        [call] 電話番号は { $contact } です
        [text] SMSの送り先は { $contact } です
        [chat] チャット相談のページは { $contact } です
        [whatsapp] WhatsAppの番号は { $contact } です
       *[web] ウェブサイトは { $contact } です
    }

support-free =
    { $free ->
        [yes] 相談は無料です。
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] 今まさに身の危険がある場合は、すぐに警察や救急などの緊急通報先に連絡してください。
       *[other] 今まさに身の危険がある場合は、すぐに { $emergency } に電話してください。
    }

support-closing = 信頼できる人に話してみることも助けになります。こんなに重い気持ちも、支えがあれば少しずつ軽くなることがあります。このまま私と話し続けてもかまいません。

## The question asked when we do not know the person's country; the message
## above then names only the directory.
ask-country = どちらの国にいらっしゃいますか？教えていただければ、その国の相談窓口をご案内します。

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
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
        [closed] 受付時間外（{ summary-opens }{ summary-schedule }）
       *[unknown] 受付時間の記載なし
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] { $opens_at }から
        [tomorrow] 明日{ $opens_at }から
        [mon] 月曜{ $opens_at }から
        [tue] 火曜{ $opens_at }から
        [wed] 水曜{ $opens_at }から
        [thu] 木曜{ $opens_at }から
        [fri] 金曜{ $opens_at }から
        [sat] 土曜{ $opens_at }から
        [sun] 日曜{ $opens_at }から
       *[none] のちほど再開
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
preview-protocol-link = このサービスが相談先を案内する方針
preview-intro = 保守担当者と連携開発者向け：チャットボットに表示される内容を、公開 API だけで組み立てています。実際の会話をここに貼り付けないでください。
preview-views = 表示
preview-tab-lookup = 検索
preview-tab-coverage = 対応状況
preview-tab-locales = 言語
preview-loading = 読み込み中…

## The lookup form.
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

## The answer.
preview-chat-shows = チャットに表示される内容
preview-raw-json = JSON（そのまま）
preview-meta-language = 言語：{ $code }（判定元：{ $source }）
preview-meta-country = 国：{ $code }（判定元：{ $source }）
preview-meta-country-unknown = 国：不明
preview-meta-locale = ロケール：{ $code }
preview-meta-lines = 相談窓口：{ $count }
preview-international = 国際的な窓口一覧

## An answer's emergency numbers and cards, in the answer's language.
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
preview-fact-checked = 運営元に確認：{ $date }
preview-fact-newest-source = 最新の出典：{ $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = 根拠：窓口自身のページ
preview-evidence-corroborated = 根拠：互いに独立した2つの発信元
preview-evidence-single = 根拠：掲載1件のみ
preview-evidence-conflict = 根拠：情報源どうしで食い違いあり
preview-fact-country = 国：{ $code }

## The coverage tab.
preview-coverage-summary = 国・地域：{ $total } · 相談窓口あり：{ $covered } · 緊急通報番号のみ：{ $uncovered }。
preview-coverage-age = 最新の出典が24か月より古い窓口：{ $total }件中{ $stale }件。
preview-map-caption = 対応状況の世界地図
preview-map-line = 相談窓口あり
preview-map-emergency = 緊急通報番号のみ
preview-map-none = データなし
preview-coverage-legend = 強調表示の行は緊急通報番号のみで、選定された相談窓口はありません。
preview-coverage-caption = 国・地域（列のボタンで並べ替え）
preview-column-code = コード
preview-column-lines = 相談窓口
preview-column-languages = 言語
preview-column-emergency = 緊急通報
preview-column-stale = 出典の古い窓口
preview-emergency-only = 緊急通報のみ
preview-error-countries = 国を読み込めませんでした（{ $error }）。

## The locales tab.
preview-locales-summary = 言語：{ $total } · ネイティブ話者の確認済み：{ $reviewed }。
preview-locales-caption = 収録している言語と確認状況
preview-column-native-name = 自言語での名前
preview-column-direction = 書字方向
preview-column-review = 確認
preview-reviewed = 確認済み
preview-not-reviewed = 未確認
preview-error-locales = 言語を読み込めませんでした（{ $error }）。

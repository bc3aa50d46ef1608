### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## Taiwan wording (專線, 簡訊). [text]: $line_name is a Chinese name
## ("生命線1995協談專線") that reads inside the sentence. [label]: it may be in
## another language, so it stands before "：". Links and numbers end their
## phrase, so nothing is glued to them.
## $opens_at arrives as CLDR writes it for zh-Hant ("上午9:00", "凌晨1:00").

support-message = { support-opening }{ support-body }{ support-emergency }{ support-closing }

support-opening = 聽到你正在經歷這些，我真的很難過，也很高興你願意說出來。你不必獨自面對。

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] 你現在就可以聯絡{ $line_name }：{ support-reach }。{ support-free }
               *[label] 你現在就可以聯絡求助專線。{ $line_name }：{ support-reach }。{ support-free }
            }
        [closed]
            { $name_form ->
                [text] { $line_name }現在不在服務時間，將於{ support-opens }恢復服務。聯絡方式：{ support-reach }。{ support-free }
               *[label] 這條求助專線現在不在服務時間，將於{ support-opens }恢復服務。{ $line_name }：{ support-reach }。{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] 你可以聯絡{ $line_name }：{ support-reach }。{ support-free }
               *[label] 這裡有一條你可以聯絡的求助專線。{ $line_name }：{ support-reach }。{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] 在這裡可以找到你所在國家的求助專線：{ $directory }。
               *[no] 你也可以在這裡查詢求助專線：{ $directory }。
            }
    }

## When a closed line opens again: the day, then the time ("明天上午9:00").
support-opens =
    { $opens_day ->
        [today] 今天{ $opens_at }
        [tomorrow] 明天{ $opens_at }
        [mon] 星期一{ $opens_at }
        [tue] 星期二{ $opens_at }
        [wed] 星期三{ $opens_at }
        [thu] 星期四{ $opens_at }
        [fri] 星期五{ $opens_at }
        [sat] 星期六{ $opens_at }
        [sun] 星期日{ $opens_at }
       *[none] 稍後
    }

support-reach =
    { $reach ->
        [call] 撥打 { $contact }
        [text] 傳簡訊到 { $contact }
        [chat] 線上聊天請至 { $contact }
        [whatsapp] 透過 WhatsApp 傳訊息到 { $contact }
       *[web] 前往 { $contact }
    }

support-free =
    { $free ->
        [yes] 服務免費。
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] 如果你現在處境危險，請馬上撥打當地的緊急求救電話。
       *[other] 如果你現在處境危險，請馬上撥打 { $emergency }。
    }

support-closing = 向你信任的人說說也會有幫助。有了支持，這麼沉重的感受也可以慢慢減輕。你也可以繼續和我聊。

## The question asked when we do not know the person's country; the message
## above then names only the directory.
ask-country = 你現在在哪個國家？告訴我之後，我就能幫你找到那裡的求助專線。

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
       *[other] 簡訊 { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] 線上聊天{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] 免費{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] 24小時服務
        [open] 服務中，至{ $closes_at }{ summary-schedule }
        [closed] 非服務時間，{ summary-opens }恢復{ summary-schedule }
       *[unknown] 未註明服務時間
    }

## When a closed line opens again, short ("明天上午9:00").
summary-opens =
    { $opens_day ->
        [today] 今天{ $opens_at }
        [tomorrow] 明天{ $opens_at }
        [mon] 週一{ $opens_at }
        [tue] 週二{ $opens_at }
        [wed] 週三{ $opens_at }
        [thu] 週四{ $opens_at }
        [fri] 週五{ $opens_at }
        [sat] 週六{ $opens_at }
        [sun] 週日{ $opens_at }
       *[none] 稍後
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] （每天 { $from }–{ $to }）
        [days] （{ summary-first-day }至{ summary-last-day } { $from }–{ $to }）
        [day] （每{ summary-first-day } { $from }–{ $to }）
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] 週一
        [tue] 週二
        [wed] 週三
        [thu] 週四
        [fri] 週五
        [sat] 週六
       *[sun] 週日
    }
summary-last-day =
    { $last ->
        [mon] 週一
        [tue] 週二
        [wed] 週三
        [thu] 週四
        [fri] 週五
        [sat] 週六
       *[sun] 週日
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup 預覽
preview-heading = 預覽
preview-skip = 跳至主要內容
preview-protocol-link = 本服務如何引導求助者獲得協助
preview-intro = 供維護者與整合者使用：聊天機器人會顯示的內容，僅透過公開 API 產生。請勿在此貼上真實對話。
preview-views = 檢視
preview-tab-lookup = 查詢
preview-tab-coverage = 涵蓋範圍
preview-tab-locales = 語言
preview-loading = 載入中…

## The lookup form.
preview-message = 訊息
preview-message-hint = 僅用於辨識語言。
preview-locale = 語言地區
preview-locale-none = — 無 —
preview-country = 國家/地區
preview-country-unknown = — 不明 —
preview-topics = 主題
preview-topics-hint = 以逗號分隔，例如：{ $examples }
preview-channels = 聯絡方式
preview-channel-phone = 電話
preview-channel-sms = 簡訊
preview-channel-chat = 聊天
preview-submit = 查詢
preview-error-vocabularies = 無法載入國家/地區或語言（{ $error }）。
preview-error-lookup = 查詢失敗（{ $error }）。

## The answer.
preview-chat-shows = 聊天中顯示的內容
preview-raw-json = 原始 JSON
preview-meta-language = 語言：{ $code }（依據：{ $source }）
preview-meta-country = 國家/地區：{ $code }（依據：{ $source }）
preview-meta-country-unknown = 國家/地區：不明
preview-meta-locale = 語言地區：{ $code }
preview-meta-lines = 求助專線：{ $count }
preview-international = 國際求助名錄

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = 緊急電話：
preview-police = 警察
preview-ambulance = 救護
preview-fire = 消防
preview-open-now = 服務中
preview-closed-now = 非服務時間
preview-hours-unknown = 服務時間不明
preview-action-call = 電話 { $number }
preview-action-text = 簡訊 { $number }
preview-action-chat = 聊天
preview-action-website = 網站
preview-fact-languages = 語言：{ $list }
preview-fact-languages-none = 語言：未註明
preview-fact-hours = 服務時間：{ $times }
preview-fact-checked = 已向提供單位確認：{ $date }
preview-fact-newest-source = 最新來源：{ $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = 依據：專線本身的網頁
preview-evidence-corroborated = 依據：兩個彼此獨立的發布者
preview-evidence-single = 依據：僅一份名錄
preview-evidence-conflict = 依據：來源說法不一
preview-fact-country = 國家/地區：{ $code }

## The coverage tab.
preview-coverage-summary = 國家和地區：{ $total } · 有求助專線：{ $covered } · 僅有緊急電話：{ $uncovered }。
preview-coverage-age = 最新來源已超過 24 個月的專線：{ $total } 條中有 { $stale } 條。
preview-map-caption = 涵蓋範圍世界地圖
preview-map-line = 有求助專線
preview-map-emergency = 僅有緊急電話
preview-map-none = 不在資料集中
preview-coverage-legend = 醒目標示的列只有緊急電話，沒有選定的求助專線。
preview-coverage-caption = 國家和地區（以欄位按鈕排序）
preview-column-code = 代碼
preview-column-lines = 求助專線
preview-column-languages = 語言
preview-column-emergency = 緊急電話
preview-column-stale = 來源過舊的專線
preview-emergency-only = 僅緊急電話
preview-error-countries = 無法載入國家/地區（{ $error }）。

## The locales tab.
preview-locales-summary = 語言：{ $total } · 經母語人士審閱：{ $reviewed }。
preview-locales-caption = 隨附的語言及其審閱狀態
preview-column-native-name = 語言自稱
preview-column-direction = 書寫方向
preview-column-review = 審閱
preview-reviewed = 已審閱
preview-not-reviewed = 未審閱
preview-error-locales = 無法載入語言（{ $error }）。

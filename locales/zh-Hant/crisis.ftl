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

support-opening = 聽到你正在經歷這些，我真的很難過，也很高興你願意說出來。你不必獨自面對。

support-body =
    { $line_state ->
        [open] 你現在就可以聯絡{ $line_name }：{ support-reach }。{ support-free }
        [closed] { $line_name }目前不在服務時間，將於 { $opens_at } 恢復服務：{ support-reach }。{ support-free }
        [unknown] 你可以聯絡{ $line_name }：{ support-reach }。{ support-free }
       *[none] { $country_known ->
            [yes] 你可以在 { $directory } 找到你附近的求助專線。
           *[no] 如果你告訴我你在哪個國家，我可以幫你找到附近的求助專線。你也可以在 { $directory } 查詢。
        }
    }

support-reach =
    { $reach ->
        [call] 撥打 { $contact }
        [text] 傳簡訊到 { $contact }
        [chat] 透過 { $contact } 線上聊天
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
        [none] 如果你正處於立即的危險中，請馬上聯絡當地的緊急救援單位。
       *[other] 如果你正處於立即的危險中，請馬上撥打 { $emergency }。
    }

support-closing = 向你信任的人說說也會有幫助。有了支持，這麼沉重的感受也能慢慢減輕。你也可以繼續和我聊。

## The question asked when we do not know the person's country.
ask-country = 你在哪個國家？告訴我之後，我可以幫你找到附近的求助專線。

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
        [open] 服務中，至 { $closes_at }{ summary-schedule }
        [closed] 暫停服務，{ $opens_at } 恢復{ summary-schedule }
       *[unknown] 未註明服務時間
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
preview-intro = 供維護者與整合者使用：聊天機器人會顯示的內容，僅透過公開 API 產生。請勿在此貼上真實對話。
preview-views = 檢視
preview-tab-lookup = 查詢
preview-tab-coverage = 涵蓋範圍
preview-tab-locales = 語言
preview-loading = 載入中…
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
preview-chat-shows = 聊天中顯示的內容
preview-raw-json = 原始 JSON
preview-meta-language = 語言：{ $code }（依據：{ $source }）
preview-meta-country = 國家/地區：{ $code }（依據：{ $source }）
preview-meta-country-unknown = 國家/地區：不明
preview-meta-locale = 語言地區：{ $code }
preview-meta-lines = 求助專線：{ $count }
preview-international = 國際求助名錄
preview-emergency = 緊急電話：
preview-police = 報案
preview-ambulance = 救護
preview-fire = 消防
preview-open-now = 服務中
preview-closed-now = 暫停服務
preview-hours-unknown = 服務時間不明
preview-action-call = 電話 { $number }
preview-action-text = 簡訊 { $number }
preview-action-chat = 聊天
preview-action-website = 網站
preview-fact-languages = 語言：{ $list }
preview-fact-languages-none = 語言：未註明
preview-fact-hours = 服務時間：{ $times }
preview-fact-verified = 查核日期：{ $date }
preview-fact-evidence = 依據：{ $evidence }
preview-fact-country = 國家/地區：{ $code }
preview-coverage-summary = 國家和地區：{ $total } · 有求助專線：{ $covered } · 僅有緊急電話：{ $uncovered }。
preview-coverage-pending = 正在讀取查核日期… 剩餘：{ $count }。
preview-coverage-oldest = 求助專線最早的查核日期：{ $date }。
preview-coverage-legend = 醒目標示的列只有緊急電話，沒有選定的求助專線。
preview-coverage-caption = 國家和地區（以欄位按鈕排序）
preview-column-code = 代碼
preview-column-lines = 求助專線
preview-column-languages = 語言
preview-column-emergency = 緊急電話
preview-column-verified = 最早查核
preview-emergency-only = 僅緊急電話
preview-error-countries = 無法載入國家/地區（{ $error }）。
preview-locales-summary = 語言：{ $total } · 經母語人士審閱：{ $reviewed }。
preview-locales-caption = 隨附的語言及其審閱狀態
preview-column-native-name = 本地名稱
preview-column-direction = 書寫方向
preview-column-review = 審閱
preview-reviewed = 已審閱
preview-not-reviewed = 未審閱
preview-error-locales = 無法載入語言（{ $error }）。

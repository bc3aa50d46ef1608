### Supportive text shown to a person who may be in crisis.
### Follow ../shared/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
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
## $closes_at / $opens_at ("22:30", or "none").
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
        [open] 服務中，至 { $closes_at }
        [closed] 暫停服務，{ $opens_at } 恢復
       *[unknown] 未註明服務時間
    }

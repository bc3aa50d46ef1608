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

support-opening = 听到你正在经历这些，我真的很难过，也很高兴你愿意说出来。你不必独自面对。

support-body =
    { $line_state ->
        [open] 你现在就可以联系{ $line_name }：{ support-reach }。{ support-free }
        [closed] { $line_name }目前不在服务时间，将于 { $opens_at } 恢复服务：{ support-reach }。{ support-free }
        [unknown] 你可以联系{ $line_name }：{ support-reach }。{ support-free }
       *[none] { $country_known ->
            [yes] 你可以在 { $directory } 找到你附近的求助热线。
           *[no] 如果你告诉我你在哪个国家，我可以帮你找到附近的求助热线。你也可以在 { $directory } 查找。
        }
    }

support-reach =
    { $reach ->
        [call] 拨打 { $contact }
        [text] 发短信到 { $contact }
        [chat] 通过 { $contact } 在线聊天
        [whatsapp] 通过 WhatsApp 发消息到 { $contact }
       *[web] 访问 { $contact }
    }

support-free =
    { $free ->
        [yes] 服务免费。
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] 如果你正处于紧急危险中，请立即联系当地的紧急服务。
       *[other] 如果你正处于紧急危险中，请立即拨打 { $emergency }。
    }

support-closing = 向你信任的人倾诉也会有帮助。有了支持，这么沉重的感受也可以慢慢减轻。你也可以继续和我聊。

## The question asked when we do not know the person's country.
ask-country = 你在哪个国家？告诉我后，我可以帮你找到附近的求助热线。

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none").
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] 电话 { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] 短信 { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] 在线聊天{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] 免费{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] 24小时服务
        [open] 服务中，至 { $closes_at }
        [closed] 暂停服务，{ $opens_at } 恢复
       *[unknown] 未注明服务时间
    }

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
        [open] 受付中（{ $closes_at }まで）
        [closed] 受付時間外（{ $opens_at }から）
       *[unknown] 受付時間の記載なし
    }

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

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Saya amat bersimpati atas apa yang anda lalui, dan saya gembira anda sudi berkongsi. Anda tidak perlu menghadapinya seorang diri.

support-body =
    { $line_state ->
        [open] Anda boleh menghubungi { $line_name } sekarang juga: { support-reach }.{ support-free }
        [closed] { $line_name } ditutup buat masa ini dan akan dibuka semula pada pukul { $opens_at }: { support-reach }.{ support-free }
        [unknown] Anda boleh menghubungi { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Anda boleh mencari talian bantuan berhampiran anda di { $directory }.
           *[no] Jika anda beritahu saya anda berada di negara mana, saya boleh carikan talian bantuan berhampiran anda. Anda juga boleh mencarinya di { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] telefon { $contact }
        [text] hantar SMS ke { $contact }
        [chat] berbual melalui sembang dalam talian di { $contact }
        [whatsapp] hantar mesej WhatsApp ke { $contact }
       *[web] layari { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Perkhidmatan ini percuma.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Jika anda dalam bahaya segera, sila hubungi perkhidmatan kecemasan tempatan sekarang.
       *[other] Jika anda dalam bahaya segera, hubungi { $emergency } sekarang.
    }

support-closing = Berbual dengan seseorang yang anda percayai juga boleh membantu. Perasaan seberat ini boleh menjadi lebih ringan dengan sokongan, dan anda boleh terus berbual dengan saya.

## The question asked when we do not know the person's country.
ask-country = Anda berada di negara mana? Dengan itu, saya boleh tunjukkan talian bantuan berhampiran anda.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none").
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Telefon { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Sembang dalam talian{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Percuma{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Dibuka 24 jam
        [open] Dibuka sekarang, hingga { $closes_at }
        [closed] Ditutup sekarang, dibuka pada { $opens_at }
       *[unknown] Waktu operasi tidak dinyatakan
    }

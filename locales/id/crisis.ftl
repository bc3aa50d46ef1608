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

support-opening = Aku ikut sedih kamu sedang mengalami ini, dan aku senang kamu mau bercerita. Kamu tidak harus menghadapinya sendirian.

support-body =
    { $line_state ->
        [open] Kamu bisa menghubungi { $line_name } sekarang juga: { support-reach }.{ support-free }
        [closed] { $line_name } sedang tutup dan akan buka lagi pukul { $opens_at }: { support-reach }.{ support-free }
        [unknown] Kamu bisa menghubungi { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Kamu bisa menemukan layanan bantuan di dekatmu di { $directory }.
           *[no] Kalau kamu memberi tahu aku kamu ada di negara mana, aku bisa mencarikan layanan bantuan di dekatmu. Kamu juga bisa mencarinya di { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] telepon { $contact }
        [text] kirim SMS ke { $contact }
        [chat] chat lewat { $contact }
        [whatsapp] kirim pesan WhatsApp ke { $contact }
       *[web] buka { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Layanannya gratis.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Jika kamu dalam bahaya saat ini, segera hubungi layanan darurat setempat.
       *[other] Jika kamu dalam bahaya saat ini, segera telepon { $emergency }.
    }

support-closing = Berbicara dengan orang yang kamu percaya juga bisa membantu. Perasaan seberat ini bisa mereda dengan dukungan, dan kamu bisa terus bicara denganku.

## The question asked when we do not know the person's country.
ask-country = Kamu ada di negara mana? Nanti aku bisa menunjukkan layanan bantuan di dekatmu.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none").
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Telepon { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Chat online{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Gratis{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Buka 24 jam
        [open] Buka sekarang, sampai { $closes_at }
        [closed] Tutup sekarang, buka pukul { $opens_at }
       *[unknown] Jam layanan tidak dicantumkan
    }

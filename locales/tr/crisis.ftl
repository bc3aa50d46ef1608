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

support-opening = Bunları yaşadığınız için gerçekten çok üzgünüm ve bunu paylaştığınıza sevindim. Bununla tek başınıza yüzleşmek zorunda değilsiniz.

support-body =
    { $line_state ->
        [open] { $line_name } üzerinden hemen şimdi destek alabilirsiniz: { support-reach }.{ support-free }
        [closed] { $line_name } şu anda kapalı; saat { $opens_at } itibarıyla yeniden hizmet veriyor: { support-reach }.{ support-free }
        [unknown] { $line_name } üzerinden destek alabilirsiniz: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Size yakın bir destek hattını { $directory } adresinde bulabilirsiniz.
           *[no] Hangi ülkede olduğunuzu söylerseniz size yakın bir destek hattı bulabilirim. { $directory } adresinden de bir hat bulabilirsiniz.
        }
    }

support-reach =
    { $reach ->
        [call] { $contact } numarasını arayın
        [text] { $contact } numarasına SMS gönderin
        [chat] { $contact } adresinden çevrim içi sohbetle yazın
        [whatsapp] { $contact } numarasına WhatsApp'tan yazın
       *[web] { $contact } adresini ziyaret edin
    }

support-free =
    { $free ->
        [yes] {" "}Hizmet ücretsizdir.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Şu anda acil bir tehlike içindeyseniz lütfen hemen bölgenizdeki acil yardım servislerine başvurun.
       *[other] Şu anda acil bir tehlike içindeyseniz hemen { $emergency } numarasını arayın.
    }

support-closing = Güvendiğiniz biriyle konuşmak da iyi gelebilir. Bu kadar ağır duygular destekle hafifleyebilir ve benimle konuşmaya devam edebilirsiniz.

## The question asked when we do not know the person's country.
ask-country = Hangi ülkedesiniz? Böylece size yakın bir destek hattını gösterebilirim.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none").
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Telefon: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Çevrim içi sohbet{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Ücretsiz{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] 7/24 açık
        [open] Şu an açık, kapanış: { $closes_at }
        [closed] Şu an kapalı, açılış: { $opens_at }
       *[unknown] Çalışma saatleri belirtilmemiş
    }

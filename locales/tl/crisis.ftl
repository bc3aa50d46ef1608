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

support-opening = Nalulungkot ako na pinagdadaanan mo ito, at natutuwa akong nagsabi ka. Hindi mo kailangang harapin ito nang mag-isa.

support-body =
    { $line_state ->
        [open] Puwede mong kontakin ang { $line_name } ngayon mismo: { support-reach }.{ support-free }
        [closed] Sarado ngayon ang { $line_name } at bukas ulit simula { $opens_at }: { support-reach }.{ support-free }
        [unknown] Puwede mong kontakin ang { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Makakahanap ka ng helpline na malapit sa iyo sa { $directory }.
           *[no] Kung sasabihin mo kung saang bansa ka naroon, mahahanapan kita ng helpline na malapit sa iyo. Makakahanap ka rin sa { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] tumawag sa { $contact }
        [text] mag-text sa { $contact }
        [chat] makipag-chat sa kanila sa { $contact }
        [whatsapp] mag-message sa kanila sa WhatsApp sa { $contact }
       *[web] pumunta sa { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Libre ito.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Kung nasa agarang panganib ka, makipag-ugnayan agad sa mga emergency service sa lugar mo.
       *[other] Kung nasa agarang panganib ka, tumawag agad sa { $emergency }.
    }

support-closing = Makakatulong din ang makipag-usap sa taong pinagkakatiwalaan mo. Maaaring gumaan ang ganito kabigat na damdamin kapag may sumusuporta, at puwede kang patuloy na makipag-usap sa akin.

## The question asked when we do not know the person's country.
ask-country = Saang bansa ka naroon? Para maipakita ko sa iyo ang helpline na malapit sa iyo.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none").
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Tumawag sa { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] Mag-text sa { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Online chat{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Libre{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Bukas 24/7
        [open] Bukas ngayon, hanggang { $closes_at }
        [closed] Sarado ngayon, bubukas nang { $opens_at }
       *[unknown] Walang nakalistang oras
    }

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

support-opening = Je mi moc líto, čím si procházíte, a je dobře, že o tom mluvíte. Nemusíte to zvládat bez pomoci.

support-body =
    { $line_state ->
        [open] Hned teď se můžete obrátit na linku { $line_name }: { support-reach }.{ support-free }
        [closed] Linka { $line_name } je teď mimo provoz a znovu bude dostupná od { $opens_at }: { support-reach }.{ support-free }
        [unknown] Můžete se obrátit na linku { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Na { $directory } najdete linku pomoci ve svém okolí.
           *[no] Když mi napíšete, ve které zemi jste, najdu vám linku pomoci ve vašem okolí. Najdete ji také na { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] zavolejte na číslo { $contact }
        [text] pošlete SMS na číslo { $contact }
        [chat] napište do chatu na { $contact }
        [whatsapp] napište přes WhatsApp na číslo { $contact }
       *[web] navštivte { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Je to zdarma.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Pokud jste v bezprostředním ohrožení, kontaktujte prosím hned místní záchrannou službu.
       *[other] Pokud jste v bezprostředním ohrožení, zavolejte hned na { $emergency }.
    }

support-closing = Pomoci může i rozhovor s někým, komu důvěřujete. S podporou mohou i takhle těžké pocity polevit a se mnou můžete mluvit dál.

## The question asked when we do not know the person's country.
ask-country = Ve které zemi jste? Pak vám můžu ukázat linku pomoci ve vašem okolí.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none").
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Volejte { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS { $sms }{" · "}
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
        [yes] Zdarma{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Nonstop
        [open] Teď otevřeno, do { $closes_at }
        [closed] Teď zavřeno, otevírá v { $opens_at }
       *[unknown] Provozní doba neuvedena
    }

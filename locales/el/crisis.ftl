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

support-opening = Λυπάμαι πραγματικά που περνάτε κάτι τόσο δύσκολο, και χαίρομαι που το είπατε. Δεν χρειάζεται να το αντιμετωπίσετε χωρίς στήριξη.

support-body =
    { $line_state ->
        [open] Μπορείτε να επικοινωνήσετε αμέσως τώρα με τη γραμμή { $line_name }: { support-reach }.{ support-free }
        [closed] Η γραμμή { $line_name } είναι κλειστή αυτή τη στιγμή και ανοίγει ξανά στις { $opens_at }: { support-reach }.{ support-free }
        [unknown] Μπορείτε να επικοινωνήσετε με τη γραμμή { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Στο { $directory } μπορείτε να βρείτε μια γραμμή βοήθειας κοντά σας.
           *[no] Αν μου πείτε σε ποια χώρα βρίσκεστε, μπορώ να βρω μια γραμμή βοήθειας κοντά σας. Μπορείτε επίσης να βρείτε μία στο { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] καλέστε στο { $contact }
        [text] στείλτε SMS στο { $contact }
        [chat] συνομιλήστε μέσω chat στο { $contact }
        [whatsapp] στείλτε μήνυμα μέσω WhatsApp στο { $contact }
       *[web] επισκεφθείτε το { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Η επικοινωνία είναι δωρεάν.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Αν βρίσκεστε σε άμεσο κίνδυνο, επικοινωνήστε τώρα με τις τοπικές υπηρεσίες έκτακτης ανάγκης.
       *[other] Αν βρίσκεστε σε άμεσο κίνδυνο, καλέστε τώρα το { $emergency }.
    }

support-closing = Μπορεί επίσης να βοηθήσει να μιλήσετε με κάποιον που εμπιστεύεστε. Τόσο βαριά συναισθήματα μπορούν να ελαφρύνουν με στήριξη, και μπορείτε να συνεχίσετε να μιλάτε μαζί μου.

## The question asked when we do not know the person's country.
ask-country = Σε ποια χώρα βρίσκεστε; Έτσι θα μπορώ να σας δείξω μια γραμμή βοήθειας κοντά σας.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none").
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Κλήση { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Διαδικτυακή συνομιλία{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Δωρεάν{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Ανοιχτή 24/7
        [open] Ανοιχτή τώρα, έως τις { $closes_at }
        [closed] Κλειστή τώρα, ανοίγει στις { $opens_at }
       *[unknown] Δεν αναφέρεται ωράριο
    }

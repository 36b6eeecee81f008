/* left over from a good run: must survive */

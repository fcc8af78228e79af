package org.detente.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.detente.app.service.DyadLedger;
import org.detente.model.CountryName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code detente dyads}: the dyads the database holds, default first, with their countries and ledger size. */
@Command(name = "dyads", mixinStandardHelpOptions = true, description = "The dyads held, with their countries and entries.")
final class DyadsCommand implements Runnable {
    @ParentCommand
    DetenteCli cli;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public void run() {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (String id : cli.workspace().dyads()) {
            DyadLedger ledger = cli.workspace().dyad(id);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("dyad", id);
            row.put("countries", ledger.definition().countries().stream().map(CountryName::name).toList());
            row.put("entries", ledger.entries().size());
            rows.add(row);
            titles.add(ledger.definition().title());
        }
        if (json) {
            cli.out.println(Json.write(Map.of("dyads", rows)));
            return;
        }
        TextTable table = new TextTable("DYAD", "COUNTRIES", "ENTRIES");
        for (int i = 0; i < rows.size(); i++) {
            table.row(rows.get(i).get("dyad"), titles.get(i), rows.get(i).get("entries"));
        }
        ReciprocityCommand.printOrNone(cli.out, table);
    }
}

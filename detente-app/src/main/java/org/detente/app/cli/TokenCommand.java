package org.detente.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.detente.store.access.IssuedToken;
import org.detente.store.access.Role;
import org.detente.store.access.TokenException;
import org.detente.store.access.TokenInfo;
import org.detente.store.database.DetenteDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code detente token}: the tokens of the HTTP API. A token is shown once, when it is created;
 * the database keeps only its SHA-256.
 */
@Command(name = "token", mixinStandardHelpOptions = true, description = "Create, list and revoke HTTP API tokens.",
        subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
final class TokenCommand implements Runnable {
    @ParentCommand
    DetenteCli cli;

    @Override
    public void run() {
        throw new UsageException("name a subcommand: 'detente token create|list|revoke'");
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a token and print it once, alone on the last line.")
    static final class Create implements Callable<Integer> {
        @ParentCommand
        TokenCommand parent;

        @Mixin
        DbCommand.DatabaseOption database;

        @Option(names = "--name", required = true, paramLabel = "NAME",
                description = "Who or what the token is for (letters, digits, '.', '_', '@', '-').")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "viewer (read), editor (also write the ledger) or admin (everything).")
        String role;

        @Override
        public Integer call() {
            Role parsed;
            try {
                parsed = Role.parse(role);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--role: " + e.getMessage());
            }
            try (DetenteDatabase db = database.open(database.config(parent.cli.environment()))) {
                IssuedToken token = db.tokens().create(name, parsed, DbCommand.actor(parent.cli.environment()));
                parent.cli.out.println("created token '" + token.info().name() + "' with role " + parsed.code()
                        + "; it is shown only now — keep it in a secret store:");
                parent.cli.out.println(token.secret());
            } catch (IllegalArgumentException | TokenException e) {
                throw new UsageException(e.getMessage());
            }
            return DetenteCli.EXIT_OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the tokens (never their secrets).")
    static final class ListTokens implements Callable<Integer> {
        @ParentCommand
        TokenCommand parent;

        @Mixin
        DbCommand.DatabaseOption database;

        @Option(names = "--json", description = "Print the tokens as JSON.")
        boolean json;

        @Override
        public Integer call() {
            try (DetenteDatabase db = database.open(database.config(parent.cli.environment()))) {
                List<TokenInfo> tokens = db.tokens().list();
                if (json) {
                    parent.cli.out.println(Json.write(tokens.stream().map(TokenCommand::shape).toList()));
                    return DetenteCli.EXIT_OK;
                }
                TextTable table = new TextTable("NAME", "ROLE", "CREATED", "CREATED BY", "REVOKED");
                for (TokenInfo token : tokens) {
                    table.row(token.name(), token.role().code(), token.createdAt(), token.createdBy(),
                            token.revokedAt().map(Object::toString).orElse(""));
                }
                parent.cli.out.println(tokens.size() + " tokens");
                if (!table.isEmpty()) {
                    table.print(parent.cli.out, "");
                }
            }
            return DetenteCli.EXIT_OK;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "Revoke a token: from now on it authenticates no one.")
    static final class Revoke implements Callable<Integer> {
        @ParentCommand
        TokenCommand parent;

        @Mixin
        DbCommand.DatabaseOption database;

        @Parameters(paramLabel = "NAME", description = "The token's name.")
        String name;

        @Override
        public Integer call() {
            try (DetenteDatabase db = database.open(database.config(parent.cli.environment()))) {
                TokenInfo revoked = db.tokens().revoke(name, DbCommand.actor(parent.cli.environment()));
                parent.cli.out.println("revoked token '" + revoked.name() + "' at " + revoked.revokedAt().orElseThrow());
            } catch (TokenException e) {
                throw new UsageException(e.getMessage());
            }
            return DetenteCli.EXIT_OK;
        }
    }

    private static Map<String, Object> shape(TokenInfo token) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", token.name());
        out.put("role", token.role().code());
        out.put("createdAt", token.createdAt().toString());
        out.put("createdBy", token.createdBy());
        out.put("revoked", token.revoked());
        out.put("revokedAt", token.revokedAt().map(Object::toString).orElse(null));
        return out;
    }
}

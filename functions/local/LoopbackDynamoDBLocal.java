/*
 * Starts Amazon DynamoDB Local bound to 127.0.0.1, and stops it when its
 * parent goes away.
 *
 * DynamoDB Local has no authentication (any credentials read every item) and
 * no option for the address it listens on: its Jetty server listens on every
 * interface. Its own ServerRunner builds the server from the usual command
 * line (-port, -dbPath, -sharedDb, ...); before starting it, this launcher
 * sets the host of its connector to the loopback address, so other machines
 * cannot connect at all.
 *
 * Its parent holds the write end of standard input: when the parent exits,
 * even by kill -9, reading standard input ends, and so does this process.
 */
import java.lang.reflect.Field;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

public class LoopbackDynamoDBLocal {
  private static final String LOOPBACK = "127.0.0.1";

  public static void main(String[] args) throws Exception {
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
    // The Jetty server is a private field: reflection is the only way in, and fails loudly if a release renames it.
    Field field = DynamoDBProxyServer.class.getDeclaredField("server");
    field.setAccessible(true);
    Server jetty = (Server) field.get(proxy);
    Connector[] connectors = jetty.getConnectors();
    if (connectors.length == 0) throw new IllegalStateException("DynamoDB Local has no connector to bind");
    for (Connector connector : connectors) ((ServerConnector) connector).setHost(LOOPBACK);

    Thread watchParent = new Thread(() -> {
      try {
        while (System.in.read() != -1) {
          // Nothing is ever sent; only the end of the stream matters.
        }
      } catch (java.io.IOException ignored) {
        // A broken pipe means the same as its end: the parent is gone.
      }
      System.exit(0);
    }, "watch-parent");
    watchParent.setDaemon(true);
    watchParent.start();

    proxy.start();
  }
}

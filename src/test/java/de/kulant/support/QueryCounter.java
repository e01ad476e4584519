package de.kulant.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the application sends while a test watches, on the threads the test names: to show that
 * work on a batch reads in a fixed number of queries however large the batch.
 */
@TestConfiguration(proxyBeanMethods = false)
public class QueryCounter {

    private static final List<String> STATEMENTS = Collections.synchronizedList(new ArrayList<>());
    private static volatile Predicate<Thread> watched = thread -> false;

    /** Starts counting the statements sent by threads {@code watched} accepts; earlier counts are dropped. */
    public static void watch(Predicate<Thread> threads) {
        STATEMENTS.clear();
        watched = threads;
    }

    /** Stops counting; the statements sent since {@link #watch}, in order. */
    public static List<String> stop() {
        watched = thread -> false;
        synchronized (STATEMENTS) {
            return List.copyOf(STATEMENTS);
        }
    }

    /** Of these statements, the queries (those that read). */
    public static List<String> reads(List<String> statements) {
        return statements.stream().filter(sql -> sql.strip().toLowerCase(Locale.ROOT).startsWith("select")).toList();
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)
                        ? new CountingDataSource(dataSource) : bean;
            }
        };
    }

    private static final class CountingDataSource extends DelegatingDataSource {

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }
    }

    private static Connection counting(Connection connection) {
        return proxy(Connection.class, connection, (proxy, method, args) -> {
            String name = method.getName();
            if ((name.equals("prepareStatement") || name.equals("prepareCall")) && args[0] instanceof String sql) {
                record(sql);
            }
            Object result = invoke(method, connection, args);
            return name.equals("createStatement") ? countingStatement((Statement) result) : result;
        });
    }

    private static Statement countingStatement(Statement statement) {
        return proxy(Statement.class, statement, (proxy, method, args) -> {
            if (method.getName().startsWith("execute") && args != null && args.length > 0
                    && args[0] instanceof String sql) {
                record(sql);
            }
            return invoke(method, statement, args);
        });
    }

    private static void record(String sql) {
        if (watched.test(Thread.currentThread())) {
            STATEMENTS.add(sql);
        }
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(QueryCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}

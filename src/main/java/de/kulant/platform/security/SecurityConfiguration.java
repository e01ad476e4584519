package de.kulant.platform.security;

import de.kulant.platform.ApiKeyVerifier;
import de.kulant.platform.Role;
import de.kulant.platform.ShopSignIn;
import de.kulant.platform.ShopUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import tools.jackson.databind.json.JsonMapper;

/**
 * Four filter chains: the REST API and Actuator (HTTP Basic for staff, Bearer API keys for creditors,
 * stateless, problem-details errors), the OpenAPI documentation (public), the debtor portal (its own sign-in, CSRF,
 * session), and the staff web UI (form login, CSRF, session). Every chain sends strict security headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String UI_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
    private static final String DOCS_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; frame-ancestors 'none'; object-src 'none'";
    private static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(StaffUsers users, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottlingAuthenticationProvider(passwords, throttle));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager manager, ApiKeyVerifier verifier,
                                 JsonMapper json) throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/prometheus").hasAnyRole(Role.ADMIN.name(), Role.AGENT.name())
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/v1/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/v1/signup", "/api/v1/signup/terms").permitAll()
                        .anyRequest().authenticated())
                .authenticationManager(manager)
                .httpBasic(basic -> basic.realmName("Kulant").authenticationEntryPoint((request, response, e) -> {
                    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Kulant\", Bearer");
                    problems.write(response, 401, "Unauthorized", e instanceof LockedException
                            || e instanceof AddressSlowedException
                            ? e.getMessage() : "Authenticate with an API key (Bearer) or as staff (HTTP Basic).");
                }))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Kulant\", Bearer");
                            problems.write(response, 401, "Unauthorized",
                                    "Authenticate with an API key (Bearer) or as staff (HTTP Basic).");
                        })
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(response, 403, "Forbidden", "Your role may not use this endpoint.")))
                .addFilterBefore(new ApiKeyAuthenticationFilter(verifier, problems), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> strictHeaders(headers, API_CSP));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain documentationChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> strictHeaders(headers, DOCS_CSP));
        return http.build();
    }

    /**
     * The debtor portal: open to everyone, as the portal signs debtors in itself (reference, code, postal code) and
     * keeps that apart from staff sign-ins; CSRF on every form, the strict headers, and no page cached.
     */
    @Bean
    @Order(3)
    SecurityFilterChain portalChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/portal", "/portal/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // a payment provider's webhook carries its signature instead of a CSRF token
                .csrf(csrf -> csrf.ignoringRequestMatchers("/portal/providers/*/webhook"))
                .headers(headers -> strictHeaders(headers, UI_CSP));
        return http.build();
    }

    /**
     * The shops' own web app and the public sign-up: shop users sign in with e-mail address and password (behind the
     * same throttle as staff) and act for their shop only; staff accounts do not work here, nor shop accounts there.
     */
    @Bean
    @Order(4)
    SecurityFilterChain shopChain(HttpSecurity http, ShopSignIn signIn, LoginThrottle throttle,
                                  SecurityProperties properties, java.time.Clock clock) throws Exception {
        http.securityMatcher("/app", "/app/**", "/signup", "/signup/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/signup", "/signup/**", "/app/login", "/app/invitation/**",
                                "/app/password-reset", "/app/password-reset/**").permitAll()
                        .anyRequest().hasAnyRole("SHOP_" + ShopUser.OWNER, "SHOP_" + ShopUser.ACCOUNTANT))
                .authenticationManager(new ProviderManager(new ThrottlingAuthenticationProvider(
                        new ShopAuthenticationProvider(signIn), throttle)))
                .formLogin(form -> form.loginPage("/app/login").loginProcessingUrl("/app/login")
                        .usernameParameter("email")
                        .authenticationDetailsSource(ShopLoginDetails::new)
                        .successHandler((request, response, signedIn) ->
                                ShopSessionFilter.signedIn(request, response, clock))
                        .failureHandler((request, response, failure) -> response.sendRedirect(request.getContextPath()
                                + (failure instanceof ShopAuthenticationProvider.CodeNeededException
                                ? "/app/login?code" : "/app/login?error")))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/app/logout").logoutSuccessUrl("/app/login?logout"))
                .csrf(Customizer.withDefaults())
                .addFilterAfter(new ShopSessionFilter(signIn, clock, properties.sessionInactivity()),
                        SecurityContextHolderFilter.class)
                .headers(headers -> strictHeaders(headers, UI_CSP));
        return http.build();
    }

    @Bean
    @Order(5)
    SecurityFilterChain uiChain(HttpSecurity http, AuthenticationManager manager, StaffAccounts accounts,
                                SecurityProperties properties, java.time.Clock clock) throws Exception {
        SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/login?error") {
            @Override
            public void onAuthenticationFailure(jakarta.servlet.http.HttpServletRequest request,
                                                jakarta.servlet.http.HttpServletResponse response,
                                                org.springframework.security.core.AuthenticationException e)
                    throws java.io.IOException, jakarta.servlet.ServletException {
                if (e instanceof LockedException) {
                    getRedirectStrategy().sendRedirect(request, response, "/login?locked");
                } else if (e instanceof AddressSlowedException) {
                    getRedirectStrategy().sendRedirect(request, response, "/login?slowed");
                } else {
                    super.onAuthenticationFailure(request, response, e);
                }
            }
        };
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
                                "/error", "/password/**").permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .anyRequest().hasAnyRole(Role.ADMIN.name(), Role.AGENT.name()))
                .authenticationManager(manager)
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/dashboard", true).failureHandler(failure)
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .csrf(Customizer.withDefaults())
                .addFilterAfter(new StaffSessionFilter(accounts, clock, properties.sessionInactivity()),
                        SecurityContextHolderFilter.class)
                .headers(headers -> strictHeaders(headers, UI_CSP));
        return http.build();
    }

    private static void strictHeaders(HeadersConfigurer<HttpSecurity> headers, String contentSecurityPolicy) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"));
    }
}

package de.kulant.portal.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every portal page but sign-in and the payment providers' webhooks needs a signed-in debtor. */
@Configuration(proxyBeanMethods = false)
class PortalWebConfiguration implements WebMvcConfigurer {

    private final SignedInDebtor signedIn;

    PortalWebConfiguration(SignedInDebtor signedIn) {
        this.signedIn = signedIn;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(signedIn).addPathPatterns("/portal/**")
                .excludePathPatterns("/portal", "/portal/login", "/portal/logout", "/portal/providers/**");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(signedIn);
    }
}

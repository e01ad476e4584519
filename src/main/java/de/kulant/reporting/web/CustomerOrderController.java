package de.kulant.reporting.web;

import de.kulant.platform.Caller;
import de.kulant.platform.InvalidInputException;
import de.kulant.reporting.CustomerOrders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The shop reports its customers' new orders, one or a list, for the retention figure (api.md). */
@RestController
@Tag(name = "Reports")
class CustomerOrderController {

    private final CustomerOrders orders;

    CustomerOrderController(CustomerOrders orders) {
        this.orders = orders;
    }

    @PostMapping({"/api/v1/customer-orders", "/api/v1/admin/creditors/{creditorId}/customer-orders"})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Report orders: {customerNumber, orderedOn} or a list of up to 10,000, all or nothing; "
            + "a customer's day reported before is not counted twice")
    CustomerOrders.Reported report(@RequestBody(required = false) JsonNode body, Caller caller) {
        List<CustomerOrders.OrderInput> inputs = new ArrayList<>();
        if (body != null && body.isArray()) {
            body.forEach(node -> inputs.add(input(node)));
        } else if (body != null && body.isObject()) {
            inputs.add(input(body));
        } else {
            throw new InvalidInputException("orders", "send an order {customerNumber, orderedOn} or a list of them");
        }
        return orders.report(caller.requireCreditor(), inputs, caller.actor());
    }

    private static CustomerOrders.OrderInput input(JsonNode node) {
        if (!node.isObject()) {
            return new CustomerOrders.OrderInput(null, null);
        }
        return new CustomerOrders.OrderInput(text(node.get("customerNumber")), text(node.get("orderedOn")));
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.isValueNode() ? node.asString() : node.toString();
    }
}

package de.thinka.kompass.office.api;

import de.thinka.kompass.office.entity.Desk;
import de.thinka.kompass.office.entity.Office;
import de.thinka.kompass.office.entity.OpeningHours;

import java.util.List;

/** An office as the public API shows it. */
public record OfficeView(String id, String name, String ticketPrefix, AddressView address, String phone,
                         String email, List<HoursView> openingHours, List<DeskView> desks) {

    public record AddressView(String street, String postalCode, String city) {
    }

    /** day is the ISO weekday name (MONDAY ... SUNDAY); times are local "HH:mm" in Europe/Berlin. */
    public record HoursView(String day, String opens, String closes) {
        static HoursView of(OpeningHours hours) {
            return new HoursView(hours.day().name(), hours.opens().toString(), hours.closes().toString());
        }
    }

    public record DeskView(String id, String name) {
        static DeskView of(Desk desk) {
            return new DeskView(desk.code(), desk.name());
        }
    }

    public static OfficeView of(Office office) {
        return new OfficeView(office.id(), office.name(), office.ticketPrefix(),
                new AddressView(office.address().street(), office.address().postalCode(), office.address().city()),
                office.phone(), office.email(),
                office.openingHours().stream().map(HoursView::of).toList(),
                office.desks().stream().map(DeskView::of).toList());
    }
}

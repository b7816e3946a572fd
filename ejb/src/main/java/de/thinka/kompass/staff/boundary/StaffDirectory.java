package de.thinka.kompass.staff.boundary;

import de.thinka.kompass.staff.entity.StaffAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Staff members see who else works in their office (for transfers and handovers). */
@Stateless
public class StaffDirectory {

    @Inject
    CurrentStaff currentStaff;

    @PersistenceContext
    EntityManager em;

    public List<StaffAccount> colleagues(String officeId) {
        currentStaff.requireOffice(officeId);
        return em.createQuery("select distinct s from StaffAccount s join s.offices o"
                        + " where o = :office and s.active = true order by s.username", StaffAccount.class)
                .setParameter("office", officeId)
                .getResultList();
    }
}

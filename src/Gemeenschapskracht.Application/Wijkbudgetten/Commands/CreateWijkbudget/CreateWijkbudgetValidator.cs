using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Wijkbudgetten.Shared;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Commands.CreateWijkbudget;

public sealed class CreateWijkbudgetValidator : AbstractValidator<CreateWijkbudgetCommand>
{
    public CreateWijkbudgetValidator()
    {
        RuleFor(c => c.WijkId).NotEmpty().WithMessage("Kies de wijk.");
        RuleFor(c => c.StartJaar).InclusiveBetween(2000, 2100).WithMessage("Het beginjaar ligt tussen 2000 en 2100.");
        RuleFor(c => c.AantalJaren).Periode();
        RuleFor(c => c.Regels).PresentList(WijkbudgetInvoer.MeesteRegels, "begrotingsregels");
        RuleForEach(c => c.Regels).SetValidator(new BudgetregelInvoerValidator());
        RuleFor(c => c.Bronnen).PresentList(50, "financieringsbronnen");
        RuleForEach(c => c.Bronnen).SetValidator(new BronaandeelInvoerValidator());
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.SqlServer.Application
{
    /// <inheritdoc />
    public partial class Beschikkingen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Iban",
                table: "Organisaties",
                type: "nvarchar(34)",
                maxLength: 34,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Tenaamstelling",
                table: "Organisaties",
                type: "nvarchar(70)",
                maxLength: 70,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Beschikkingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kenmerk = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    AanvraagId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegelingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Soort = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Bedrag = table.Column<long>(type: "bigint", nullable: false),
                    Van = table.Column<DateOnly>(type: "date", nullable: false),
                    Tot = table.Column<DateOnly>(type: "date", nullable: false),
                    Motivering = table.Column<string>(type: "nvarchar(max)", maxLength: 5000, nullable: false),
                    Activiteiten = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true),
                    Verplichtingen = table.Column<string>(type: "nvarchar(max)", maxLength: 22000, nullable: false),
                    Jaren = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Voorschotten = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    GenomenOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    GewijzigdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Versie = table.Column<int>(type: "int", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Beschikkingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Beschikkingen_Subsidieaanvragen_AanvraagId",
                        column: x => x.AanvraagId,
                        principalTable: "Subsidieaanvragen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Betaalopdrachten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Berichtkenmerk = table.Column<string>(type: "nvarchar(35)", maxLength: 35, nullable: false),
                    Opdrachtgever = table.Column<string>(type: "nvarchar(70)", maxLength: 70, nullable: false),
                    OpdrachtgeverIban = table.Column<string>(type: "nvarchar(34)", maxLength: 34, nullable: false),
                    Uitvoerdatum = table.Column<DateOnly>(type: "date", nullable: false),
                    Regels = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    UitgevoerdOp = table.Column<DateOnly>(type: "date", nullable: true),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    GewijzigdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Betaalopdrachten", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Beschikkingen_AanvraagId",
                table: "Beschikkingen",
                column: "AanvraagId");

            migrationBuilder.CreateIndex(
                name: "IX_Beschikkingen_TenantId_AanvraagId",
                table: "Beschikkingen",
                columns: new[] { "TenantId", "AanvraagId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Beschikkingen_TenantId_Kenmerk",
                table: "Beschikkingen",
                columns: new[] { "TenantId", "Kenmerk" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Beschikkingen_TenantId_OrganisatieId",
                table: "Beschikkingen",
                columns: new[] { "TenantId", "OrganisatieId" });

            migrationBuilder.CreateIndex(
                name: "IX_Betaalopdrachten_TenantId_Berichtkenmerk",
                table: "Betaalopdrachten",
                columns: new[] { "TenantId", "Berichtkenmerk" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Beschikkingen");

            migrationBuilder.DropTable(
                name: "Betaalopdrachten");

            migrationBuilder.DropColumn(
                name: "Iban",
                table: "Organisaties");

            migrationBuilder.DropColumn(
                name: "Tenaamstelling",
                table: "Organisaties");
        }
    }
}

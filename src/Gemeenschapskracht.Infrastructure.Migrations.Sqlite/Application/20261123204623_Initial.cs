using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.Sqlite.Application
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Gebieden",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OuderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsPilot = table.Column<bool>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Gebieden", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Gebieden_Gebieden_OuderId",
                        column: x => x.OuderId,
                        principalTable: "Gebieden",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Kerncijfers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GebiedId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Maatstaf = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Titel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Eenheid = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Waarde = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Bron = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Jaar = table.Column<int>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kerncijfers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Kerncijfers_Gebieden_GebiedId",
                        column: x => x.GebiedId,
                        principalTable: "Gebieden",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Gebieden_OuderId",
                table: "Gebieden",
                column: "OuderId");

            migrationBuilder.CreateIndex(
                name: "IX_Gebieden_TenantId_Code",
                table: "Gebieden",
                columns: new[] { "TenantId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Gebieden_TenantId_Soort_Code",
                table: "Gebieden",
                columns: new[] { "TenantId", "Soort", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_Kerncijfers_GebiedId",
                table: "Kerncijfers",
                column: "GebiedId");

            migrationBuilder.CreateIndex(
                name: "IX_Kerncijfers_TenantId_GebiedId_Maatstaf_Jaar",
                table: "Kerncijfers",
                columns: new[] { "TenantId", "GebiedId", "Maatstaf", "Jaar" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Kerncijfers");

            migrationBuilder.DropTable(
                name: "Gebieden");
        }
    }
}
